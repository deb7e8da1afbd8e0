package ui

import (
	"slices"

	"outagelab/sim"
)

// FireRooms returns, appended to dst[:0], the compartments of site
// that the fire reaches in the run whose timeline is tl: where it
// starts and every room it spreads to, by the end of the run.
func FireRooms(tl []sim.Entry, site string, dst []string) []string {
	dst = dst[:0]
	for _, e := range tl {
		if e.Site != site {
			continue
		}
		room := ""
		switch e.Kind {
		case sim.EntIgnition:
			room = e.Subject
		case sim.EntFireSpread:
			room = e.Object
		}
		if room != "" && !slices.Contains(dst, room) {
			dst = append(dst, room)
		}
	}
	return dst
}
