package avail_test

import (
	"math"
	"strings"
	"testing"

	"outagelab/sim/avail"
)

func TestCheck(t *testing.T) {
	L, S, P := avail.Leaf, avail.Series, avail.Parallel
	ok := avail.Unit{Name: "ok", PerYear: 1, RepairHours: 4}
	one := func(u avail.Unit) avail.Model {
		return avail.Model{Units: []avail.Unit{u}, Systems: []avail.System{{Name: "s", Up: L(0)}}}
	}
	tree := func(n avail.Node) avail.Model {
		return avail.Model{Units: []avail.Unit{ok, ok}, Systems: []avail.System{{Name: "s", Up: n}}}
	}
	tests := []struct {
		name  string
		model avail.Model
		want  string // in the error; "" for none
	}{
		{"valid", tree(S(L(0), P(L(1), L(0)))), ""},
		{"never fails, no repair time", one(avail.Unit{Name: "x"}), ""},
		{"no units", avail.Model{Systems: []avail.System{{Up: L(0)}}}, "no units"},
		{"no systems", avail.Model{Units: []avail.Unit{ok}}, "no systems"},
		{"too many units", avail.Model{Units: make([]avail.Unit, avail.MaxUnits+1), Systems: []avail.System{{Up: L(0)}}}, "too many units"},
		{"negative rate", one(avail.Unit{Name: "x", PerYear: -1, RepairHours: 1}), `unit 0 "x": PerYear -1 is negative`},
		{"NaN rate", one(avail.Unit{PerYear: math.NaN(), RepairHours: 1}), "PerYear is NaN"},
		{"infinite rate", one(avail.Unit{PerYear: math.Inf(1), RepairHours: 1}), "PerYear is infinite"},
		{"huge rate", one(avail.Unit{PerYear: 2e6, RepairHours: 1}), "above the maximum"},
		{"zero repair", one(avail.Unit{PerYear: 1}), "RepairHours must be positive"},
		{"negative repair", one(avail.Unit{PerYear: 1, RepairHours: -2}), "RepairHours -2 is negative"},
		{"NaN repair", one(avail.Unit{PerYear: 1, RepairHours: math.NaN()}), "RepairHours is NaN"},
		{"infinite repair", one(avail.Unit{PerYear: 1, RepairHours: math.Inf(1)}), "RepairHours is infinite"},
		{"negative loss", one(avail.Unit{PerYear: 1, RepairHours: 1, LossHours: -1}), "LossHours -1 is negative"},
		{"NaN loss", one(avail.Unit{PerYear: 1, RepairHours: 1, LossHours: math.NaN()}), "LossHours is NaN"},
		{"unit index too big", tree(S(L(0), P(L(1), L(2)))), `system 0 "s": Up.Kids[1].Kids[1]: unit index 2 out of range [0, 2)`},
		{"negative unit index", tree(L(-1)), "unit index -1 out of range"},
		{"empty series", tree(P(L(0), S())), "Up.Kids[1]: empty series node"},
		{"empty parallel", tree(S(L(0), P())), "Up.Kids[1]: empty parallel node"},
		{"leaf with children", tree(avail.Node{Op: avail.OpUnit, Kids: []avail.Node{L(1)}}), "unit leaf has 1 children"},
		{"unknown op", tree(avail.Node{Op: 7}), "unknown op Op(7)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.model.Check()
			r, rerr := avail.NewRunner(tt.model, 1)
			if tt.want == "" {
				if err != nil || rerr != nil {
					t.Fatalf("Check() = %v, NewRunner error %v; want both nil", err, rerr)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "avail: ") {
				t.Errorf("Check() = %v, want an error starting with \"avail: \" containing %q", err, tt.want)
			}
			if rerr == nil || r != nil {
				t.Errorf("NewRunner = %v, %v; want nil and an error", r, rerr)
			}
		})
	}
}

func TestOpString(t *testing.T) {
	for op, want := range map[avail.Op]string{avail.OpUnit: "unit", avail.OpSeries: "series", avail.OpParallel: "parallel", 9: "Op(9)"} {
		if got := op.String(); got != want {
			t.Errorf("Op(%d).String() = %q, want %q", uint8(op), got, want)
		}
	}
}
