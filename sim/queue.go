package sim

import (
	"container/heap"
	"fmt"
)

// evKind is the kind of an internal scheduled event.
type evKind uint8

const (
	evCommand    evKind = iota // a: index into World.cmds
	evSpread                   // a: site, b: spread index
	evReport                   // a: site
	evCut                      // a: site
	evKnockdown                // a: site
	evOut                      // a: site
	evLift                     // a: site
	evZoneStep                 // a: site
	evRepairDone               // a: site, b: job
	evUPSEmpty                 // a: site, b: UPS
	evGenOnline                // a: site
	evGenFuelOut               // a: site
	evBoot                     // a: group
	evReady                    // a: group
	evAutoSwitch               // a: component
	evTaskDone                 // a: component
	evWake                     // nothing changes; settle runs at this time
)

// String returns the kind's name without its "ev" prefix, such as
// "spread", for panics and test failures.
func (k evKind) String() string {
	names := [...]string{"command", "spread", "report", "cut", "knockdown", "out", "lift", "zone-step", "repair-done", "ups-empty", "gen-online", "gen-fuel-out", "boot", "ready", "auto-switch", "task-done", "wake"}
	if int(k) < len(names) {
		return names[k]
	}
	return fmt.Sprintf("evKind(%d)", uint8(k))
}

// event is a scheduled change. tok must match the owner's token when the
// event fires, which lets a later change cancel it cheaply.
type event struct {
	at   Seconds
	seq  uint64
	kind evKind
	a, b int
	tok  uint64
}

// eventQueue orders events by time, then by the order they were
// scheduled, so equal times never depend on heap internals.
type eventQueue []event

// Len, Less, Swap, Push and Pop implement heap.Interface.
func (q eventQueue) Len() int { return len(q) }

// Less orders by time, then by scheduling order.
func (q eventQueue) Less(i, j int) bool {
	if q[i].at != q[j].at {
		return q[i].at < q[j].at
	}
	return q[i].seq < q[j].seq
}

// Swap swaps two events.
func (q eventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }

// Push appends an event.
func (q *eventQueue) Push(x any) { *q = append(*q, x.(event)) }

// Pop removes the last event.
func (q *eventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

// schedule queues an event of kind k at time at.
func (w *World) schedule(at Seconds, k evKind, a, b int, tok uint64) {
	if at < w.now {
		at = w.now
	}
	w.seq++
	heap.Push(&w.q, event{at: at, seq: w.seq, kind: k, a: a, b: b, tok: tok})
}
