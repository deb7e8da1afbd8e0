package avail

// event is a unit's next failure or repair.
type event struct {
	t    float64 // in hours since the start of the current year
	unit int32
}

// eventHeap is a binary min-heap of events ordered by time. Every unit
// that can fail has exactly one event in it, its next failure if up or
// its next repair if down.
type eventHeap []event

// init orders h into a heap.
func (h eventHeap) init() {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

// down moves the event at position i down until the heap is ordered;
// call it after the event's time has grown.
func (h eventHeap) down(i int) {
	n := len(h)
	e := h[i]
	for {
		c := 2*i + 1
		if c >= n {
			break
		}
		if r := c + 1; r < n && h[r].t < h[c].t {
			c = r
		}
		if !(h[c].t < e.t) {
			break
		}
		h[i] = h[c]
		i = c
	}
	h[i] = e
}
