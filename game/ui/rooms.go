package ui

import (
	"slices"

	"outagelab/sim"
)

// Cutaway is where the building panel draws a site's cut-away: the
// building, its floors from the top down, each floor's height, and each
// compartment's box (by its index in the site's compartments).
type Cutaway struct {
	Building Rect
	Floors   []int
	FloorH   float64
	Rooms    []Rect
}

// FloorY returns the top of floor f.
func (c *Cutaway) FloorY(f int) float64 {
	return c.Building.Y + float64(slices.Index(c.Floors, f))*c.FloorH
}

// Cutaway lays out site st's cut-away in the building panel: the
// building left of a riser per power zone, each floor a row, the
// compartments of a floor side by side.
func (l *Layout) Cutaway(st *sim.Site) Cutaway {
	u := l.Unit
	r := l.Site
	top, bottom := 1.9*u, 2.8*u
	if l.Portrait {
		top, bottom = 1.6*u, 2.5*u
	}
	risers := float64(len(st.Zones))
	c := Cutaway{Building: Rect{X: r.X + 2.6*u, Y: r.Y + top, W: r.W - 3.4*u - risers*0.32*u, H: r.H - top - bottom}}
	for _, cm := range st.Compartments {
		if !slices.Contains(c.Floors, cm.Floor) {
			c.Floors = append(c.Floors, cm.Floor)
		}
	}
	slices.Sort(c.Floors)
	slices.Reverse(c.Floors)
	c.FloorH = c.Building.H / float64(max(len(c.Floors), 1))
	c.Rooms = make([]Rect, len(st.Compartments))
	for _, f := range c.Floors {
		var ids []int
		for k, cm := range st.Compartments {
			if cm.Floor == f {
				ids = append(ids, k)
			}
		}
		w := c.Building.W / float64(len(ids))
		for n, k := range ids {
			c.Rooms[k] = Rect{X: c.Building.X + float64(n)*w, Y: c.FloorY(f), W: w, H: c.FloorH}.Inset(max(1.5, 0.12*u))
		}
	}
	return c
}
