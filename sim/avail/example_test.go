package avail_test

import (
	"fmt"

	"outagelab/sim/avail"
)

// Two database servers in parallel behind one load balancer: the
// formula and a 2,000-year simulation.
func Example() {
	m := avail.Model{
		Units: []avail.Unit{
			{Name: "lb", PerYear: 2, RepairHours: 4, Exp: true},
			{Name: "db1", PerYear: 6, RepairHours: 12, Exp: true, LossHours: 0.5},
			{Name: "db2", PerYear: 6, RepairHours: 12, Exp: true, LossHours: 0.5},
		},
		Systems: []avail.System{
			{Name: "app", Up: avail.Series(avail.Leaf(0), avail.Parallel(avail.Leaf(1), avail.Leaf(2)))},
		},
	}
	a, _ := avail.Analytic(m, 0)
	fmt.Printf("formula:   %.5f (%.2f nines)\n", a, avail.Nines(a))

	r, err := avail.NewRunner(m, 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	for range 20 { // for example one slice per frame
		r.Run(100)
	}
	e := r.Estimates()[0]
	fmt.Printf("simulated: %.5f [%.5f, %.5f] over %d years\n", e.Availability, e.Low, e.High, r.Years())
	fmt.Printf("downtime %.1f h/year in %.1f outages/year, longest %.0f h\n",
		e.DowntimeHoursPerYear, float64(e.Outages)/float64(r.Years()), e.MaxOutageHours)
	// Output:
	// formula:   0.99902 (3.01 nines)
	// simulated: 0.99901 [0.99897, 0.99905] over 2000 years
	// downtime 8.7 h/year in 2.1 outages/year, longest 37 h
}
