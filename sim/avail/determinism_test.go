package avail_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"outagelab/sim/avail"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// shopModel is a small web shop: a load balancer pair, web servers, a
// primary/replica database and a payment provider shared by two
// systems, with a mix of repair distributions and data loss.
func shopModel() avail.Model {
	L, S, P := avail.Leaf, avail.Series, avail.Parallel
	return avail.Model{
		Units: []avail.Unit{
			{Name: "lb1", PerYear: 2, RepairHours: 4, Exp: true},
			{Name: "lb2", PerYear: 2, RepairHours: 4, Exp: true},
			{Name: "web1", PerYear: 12, RepairHours: 1},
			{Name: "web2", PerYear: 12, RepairHours: 1},
			{Name: "web3", PerYear: 12, RepairHours: 1},
			{Name: "db-primary", PerYear: 3, RepairHours: 8, Exp: true, LossHours: 0.25},
			{Name: "db-replica", PerYear: 3, RepairHours: 8, Exp: true, LossHours: 1},
			{Name: "payments", PerYear: 6, RepairHours: 2, Exp: true},
			{Name: "dns", PerYear: 0.5, RepairHours: 3, LossHours: 0},
			{Name: "backup", PerYear: 0, RepairHours: 0},
		},
		Systems: []avail.System{
			{Name: "browse", Up: S(L(8), P(L(0), L(1)), P(L(2), L(3), L(4)))},
			{Name: "checkout", Up: S(L(8), P(L(0), L(1)), P(L(2), L(3), L(4)), P(L(5), L(6)), L(7))},
			{Name: "refunds", Up: S(L(7), P(L(5), L(6)))},
			{Name: "archive", Up: P(L(9), L(5))},
		},
	}
}

func newRunner(t testing.TB, m avail.Model, seed uint64) *avail.Runner {
	t.Helper()
	r, err := avail.NewRunner(m, seed)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestRunInSlicesIsIdentical(t *testing.T) {
	const years = 3000 // crosses several batch merges (64, 128, …, 2048)
	whole := newRunner(t, shopModel(), 42)
	whole.Run(years)
	sliced := newRunner(t, shopModel(), 42)
	for range years {
		sliced.Run(1)
	}
	uneven := newRunner(t, shopModel(), 42)
	for done, step := 0, 1; done < years; done, step = done+step, step%97+1 {
		uneven.Run(min(step, years-done))
	}
	uneven.Run(0)
	uneven.Run(-5)
	want := whole.Estimates()
	if whole.Years() != years || sliced.Years() != years || uneven.Years() != years {
		t.Fatalf("Years = %d, %d, %d; want %d", whole.Years(), sliced.Years(), uneven.Years(), years)
	}
	if got := sliced.Estimates(); !reflect.DeepEqual(got, want) {
		t.Errorf("Run(1)×%d:\n%v\nRun(%d):\n%v", years, got, years, want)
	}
	if got := uneven.Estimates(); !reflect.DeepEqual(got, want) {
		t.Errorf("uneven slices:\n%v\nRun(%d):\n%v", got, years, want)
	}
}

func TestSameSeedSameEstimates(t *testing.T) {
	a, b := newRunner(t, shopModel(), 7), newRunner(t, shopModel(), 7)
	a.Run(500)
	b.Run(500)
	if !reflect.DeepEqual(a.Estimates(), b.Estimates()) {
		t.Errorf("two runners with seed 7 differ:\n%v\n%v", a.Estimates(), b.Estimates())
	}
	c := newRunner(t, shopModel(), 8)
	c.Run(500)
	if reflect.DeepEqual(a.Estimates(), c.Estimates()) {
		t.Errorf("seeds 7 and 8 gave identical estimates:\n%v", a.Estimates())
	}
}

// TestGolden pins the exact estimates for one model and seed. The
// same file must match natively and under GOOS=js GOARCH=wasm; go test
// ./sim/avail -update rewrites it.
func TestGolden(t *testing.T) {
	r := newRunner(t, shopModel(), 2024)
	var b strings.Builder
	for _, years := range []int{0, 1, 10, 100, 1000} {
		r.Run(years - r.Years())
		fmt.Fprintf(&b, "after %d years\n", r.Years())
		for _, e := range r.Estimates() {
			fmt.Fprintf(&b, "  %s A=%s [%s, %s] down/yr=%s outages=%d mean=%s max=%s loss=%s\n",
				e.Name, g(e.Availability), g(e.Low), g(e.High), g(e.DowntimeHoursPerYear),
				e.Outages, g(e.MeanOutageHours), g(e.MaxOutageHours), g(e.LossHours))
		}
	}
	path := filepath.Join("testdata", "shop-seed2024.golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("estimates differ from %s (run with -update if the change is intended):\n%s", path, got)
	}
}

// g formats f exactly: the shortest decimal that reads back as f.
func g(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
