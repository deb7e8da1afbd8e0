package ui

import (
	"slices"

	"outagelab/sim"
)

// Cutaway is where the building panel draws a site's cut-away: the
// building, its floors from the top down with each one's top and
// height, and each compartment's box (by its index in the site's
// compartments).
type Cutaway struct {
	Building Rect
	Floors   []int
	// Tops and Heights are the floors', in Floors' order.
	Tops, Heights []float64
	Rooms         []Rect
}

// FloorY returns the top of floor f.
func (c *Cutaway) FloorY(f int) float64 { return c.Tops[slices.Index(c.Floors, f)] }

// FloorH returns the height of floor f.
func (c *Cutaway) FloorH(f int) float64 { return c.Heights[slices.Index(c.Floors, f)] }

// plantWeight is how much taller than a floor of halls a floor of
// power plant (battery, UPS, generator rooms) is drawn, in a building
// of more than four floors: the plant is where the fire and the backup
// power are, and a hall's racks read at a small height where a UPS
// string and its flames do not. More on a phone, where ten floors share
// a panel a few fingers tall.
func (l *Layout) plantWeight(floors int) float64 {
	switch {
	case floors <= 4:
		return 1
	case l.Portrait:
		return 3
	}
	return 1.4
}

// overShare is the part of a floor's height that a room open to the
// battery room below it takes (the UPS and cable space above Pangyo's
// battery room).
const overShare = 0.45

// Cutaway lays out site st's cut-away in the building panel: the
// building left of a riser per power zone, each floor a row (the
// plant's taller, plantWeight), the compartments of a floor side by
// side, except a room the battery room's fire spreads into on its own
// floor, with no wall between: that room is drawn over the battery
// room, as Pangyo's UPS and cable space sat above it.
func (l *Layout) Cutaway(st *sim.Site) Cutaway {
	u := l.Unit
	r := l.Site
	top, bottom := 1.9*u, 2.8*u
	if l.Portrait {
		top, bottom = 1.6*u, 2.5*u
	}
	risers := float64(len(st.Zones))
	c := Cutaway{Building: Rect{X: r.X + 2.6*u, Y: r.Y + top, W: r.W - 3.4*u - risers*0.32*u, H: r.H - top - bottom}}
	plant := map[int]bool{}
	for _, cm := range st.Compartments {
		if !slices.Contains(c.Floors, cm.Floor) {
			c.Floors = append(c.Floors, cm.Floor)
		}
		if cm.Kind != sim.KindHall {
			plant[cm.Floor] = true
		}
	}
	slices.Sort(c.Floors)
	slices.Reverse(c.Floors)
	weight, sum := make([]float64, len(c.Floors)), 0.0
	for i, f := range c.Floors {
		weight[i] = 1
		if plant[f] {
			weight[i] = l.plantWeight(len(c.Floors))
		}
		sum += weight[i]
	}
	y := c.Building.Y
	for _, wt := range weight {
		h := c.Building.H * wt / sum
		c.Tops, c.Heights = append(c.Tops, y), append(c.Heights, h)
		y += h
	}
	c.Rooms = make([]Rect, len(st.Compartments))
	inset := max(1.5, 0.12*u)
	for i, f := range c.Floors {
		var cols []int
		over := map[int][]int{} // battery room → the open rooms over it
		for k, cm := range st.Compartments {
			if cm.Floor != f {
				continue
			}
			if b := openBelow(st, k); b >= 0 {
				over[b] = append(over[b], k)
				continue
			}
			cols = append(cols, k)
		}
		w := c.Building.W / float64(len(cols))
		for n, k := range cols {
			col := Rect{X: c.Building.X + float64(n)*w, Y: c.Tops[i], W: w, H: c.Heights[i]}
			if ks := over[k]; len(ks) > 0 {
				oh, ow := col.H*overShare, col.W/float64(len(ks))
				for m, o := range ks {
					c.Rooms[o] = Rect{X: col.X + float64(m)*ow, Y: col.Y, W: ow, H: oh}.Inset(inset)
				}
				col.Y, col.H = col.Y+oh, col.H-oh
			}
			c.Rooms[k] = col.Inset(inset)
		}
	}
	return c
}

// openBelow returns the index of the battery room on compartment k's
// floor whose fire spreads into k (no wall between them), or -1.
func openBelow(st *sim.Site, k int) int {
	cm := st.Compartments[k]
	if cm.Kind == sim.KindBattery {
		return -1
	}
	for _, sp := range st.Spread {
		if sp.To != cm.ID {
			continue
		}
		for b, bm := range st.Compartments {
			if bm.ID == sp.From && bm.Kind == sim.KindBattery && bm.Floor == cm.Floor {
				return b
			}
		}
	}
	return -1
}
