package avail

import (
	"fmt"
	"math"
	"strings"
)

// HoursPerYear is the length of the simulated year, in hours (365 days).
const HoursPerYear = 8760

// MaxUnits is the largest number of units a Model may have.
const MaxUnits = 4096

// MaxNodes is the largest number of tree nodes, over all systems, a
// Model may have.
const MaxNodes = 1 << 20

// MaxPerYear is the largest failure rate a unit may have, in failures
// per year (more than one a minute); it keeps a Run from taking forever.
const MaxPerYear = 1e6

// Unit is a part that fails and gets repaired, alternating between up
// and down.
type Unit struct {
	// Name labels the unit in errors and in the explainer.
	Name string
	// PerYear is the failure rate while up, in failures per year of
	// HoursPerYear hours: the time to failure is exponentially
	// distributed with mean HoursPerYear/PerYear hours. 0 means the
	// unit never fails.
	PerYear float64
	// RepairHours is the mean repair time, in hours. It must be
	// positive when PerYear is.
	RepairHours float64
	// Exp reports whether repair times are exponentially distributed
	// with mean RepairHours; when false every repair takes exactly
	// RepairHours.
	Exp bool
	// LossHours is the data lost, in hours of writes, when this unit's
	// failure takes a system down; 0 means none. It feeds
	// Estimate.LossHours (the achieved RPO).
	LossHours float64
}

// Op is the kind of a Node.
type Op uint8

const (
	// OpUnit is a leaf: up while its unit is up.
	OpUnit Op = iota
	// OpSeries is up while all its children are up.
	OpSeries
	// OpParallel is up while any of its children is up.
	OpParallel
)

// String returns the op's lowercase name, such as "series".
func (o Op) String() string {
	switch o {
	case OpUnit:
		return "unit"
	case OpSeries:
		return "series"
	case OpParallel:
		return "parallel"
	}
	return fmt.Sprintf("Op(%d)", uint8(o))
}

// Node is one node of a system's structure function. A leaf (OpUnit)
// names a unit by its index in Model.Units and has no children; series
// and parallel nodes have at least one child.
type Node struct {
	// Op is the kind of node.
	Op Op
	// Unit is a leaf's unit, an index into Model.Units.
	Unit int
	// Kids are a series or parallel node's children.
	Kids []Node
}

// Leaf returns a node that is up while unit i is up.
func Leaf(i int) Node { return Node{Op: OpUnit, Unit: i} }

// Series returns a node that is up while all of kids are up.
func Series(kids ...Node) Node { return Node{Op: OpSeries, Kids: kids} }

// Parallel returns a node that is up while any of kids is up.
func Parallel(kids ...Node) Node { return Node{Op: OpParallel, Kids: kids} }

// System is something a user cares about being up, such as "checkout"
// or "login". It is up while Up evaluates true.
type System struct {
	// Name labels the system in estimates.
	Name string
	// Up is the structure function: the system is up while it
	// evaluates true.
	Up Node
}

// Model is a set of independent units and the systems built from them.
type Model struct {
	// Units are the parts, which fail and are repaired independently.
	Units []Unit
	// Systems are built from the units; a unit may be in several.
	Systems []System
}

// Check reports the first problem that keeps m from being simulated,
// or nil: no units or no systems, more than MaxUnits units or MaxNodes
// nodes, a rate, repair time or loss that is negative, NaN or infinite,
// a PerYear above MaxPerYear, a zero RepairHours on a unit that fails,
// a leaf naming a unit that does not exist or having children, an
// empty series or parallel node, or an unknown Op.
func (m Model) Check() error {
	if len(m.Units) == 0 {
		return fmt.Errorf("avail: model has no units")
	}
	if len(m.Units) > MaxUnits {
		return fmt.Errorf("avail: model has too many units: %d, at most %d", len(m.Units), MaxUnits)
	}
	if len(m.Systems) == 0 {
		return fmt.Errorf("avail: model has no systems")
	}
	for i, u := range m.Units {
		if err := u.check(); err != nil {
			return fmt.Errorf("avail: unit %d %q: %w", i, u.Name, err)
		}
	}
	nodes := 0
	for i, s := range m.Systems {
		var path []int
		if err := m.checkNode(s.Up, &path, &nodes); err != nil {
			return fmt.Errorf("avail: system %d %q: %s: %w", i, s.Name, pathString(path), err)
		}
	}
	return nil
}

func (u Unit) check() error {
	if err := checkNumber("PerYear", u.PerYear); err != nil {
		return err
	}
	if err := checkNumber("RepairHours", u.RepairHours); err != nil {
		return err
	}
	if err := checkNumber("LossHours", u.LossHours); err != nil {
		return err
	}
	if u.PerYear > MaxPerYear {
		return fmt.Errorf("PerYear %g is above the maximum %g", u.PerYear, float64(MaxPerYear))
	}
	if u.PerYear > 0 && u.RepairHours <= 0 {
		return fmt.Errorf("RepairHours must be positive for a unit that fails (PerYear %g)", u.PerYear)
	}
	return nil
}

func checkNumber(field string, v float64) error {
	switch {
	case math.IsNaN(v):
		return fmt.Errorf("%s is NaN", field)
	case math.IsInf(v, 0):
		return fmt.Errorf("%s is infinite", field)
	case v < 0:
		return fmt.Errorf("%s %g is negative", field, v)
	}
	return nil
}

// checkNode checks n and its subtree. On error *path holds the child
// indices from the system's root down to the bad node.
func (m Model) checkNode(n Node, path *[]int, nodes *int) error {
	*nodes++
	if *nodes > MaxNodes {
		return fmt.Errorf("too many nodes: more than %d", MaxNodes)
	}
	switch n.Op {
	case OpUnit:
		if n.Unit < 0 || n.Unit >= len(m.Units) {
			return fmt.Errorf("unit index %d out of range [0, %d)", n.Unit, len(m.Units))
		}
		if len(n.Kids) > 0 {
			return fmt.Errorf("unit leaf has %d children, want none", len(n.Kids))
		}
		return nil
	case OpSeries, OpParallel:
		if len(n.Kids) == 0 {
			return fmt.Errorf("empty %s node", n.Op)
		}
		for i, k := range n.Kids {
			*path = append(*path, i)
			if err := m.checkNode(k, path, nodes); err != nil {
				return err
			}
			*path = (*path)[:len(*path)-1]
		}
		return nil
	}
	return fmt.Errorf("unknown op %s", n.Op)
}

// pathString spells a path of child indices as "Up.Kids[0].Kids[2]".
func pathString(path []int) string {
	var b strings.Builder
	b.WriteString("Up")
	for _, i := range path {
		fmt.Fprintf(&b, ".Kids[%d]", i)
	}
	return b.String()
}
