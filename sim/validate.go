package sim

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Limits on a scenario's size. They keep any file that passes Validate
// cheap to simulate.
const (
	MaxSites        = 256
	MaxCompartments = 64  // per site
	MaxZones        = 128 // per site
	MaxUPS          = 128 // per site
	MaxGroups       = 10000
	MaxComponents   = 5000
	MaxApps         = 1000
	MaxIncidents    = 1000
	MaxServers      = 1000000 // per group
	MaxMinutes      = 1000000 // any duration field in minutes
	MaxHorizonHours = 24 * 90
	maxIDLen        = 64
)

// checker collects the first problem found while checking a scenario.
type checker struct{ err *FieldError }

// field names a place in a scenario for an error message, such as
// "sites[2].zones[3].ups[1]": a base path, up to two list elements and
// a name. It is formatted only when a check fails, so checking a valid
// scenario (which every new world does) builds no strings.
type field struct {
	base         string
	list1, list2 string
	i1, i2       int
	name         string
}

// at is the field called name under base ("" for the top level).
func at(base, name string) field { return field{base: base, name: name} }

// el is element i of list under base.
func el(base, list string, i int) field { return field{base: base, list1: list, i1: i} }

// el returns element i of list under f, which must name no field yet.
func (f field) el(list string, i int) field {
	f.list2, f.i2 = list, i
	return f
}

// dot returns the field called name under f.
func (f field) dot(name string) field {
	f.name = name
	return f
}

func (f field) String() string {
	var b strings.Builder
	add := func(s string) {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s)
	}
	if f.base != "" {
		add(f.base)
	}
	if f.list1 != "" {
		add(f.list1 + "[" + strconv.Itoa(f.i1) + "]")
	}
	if f.list2 != "" {
		add(f.list2 + "[" + strconv.Itoa(f.i2) + "]")
	}
	if f.name != "" {
		add(f.name)
	}
	return b.String()
}

func (c *checker) fail(f field, format string, args ...any) {
	if c.err == nil {
		c.err = &FieldError{Path: f.String(), Msg: fmt.Sprintf(format, args...)}
	}
}

func (c *checker) rangeInt(path field, v, lo, hi int) {
	if v < lo || v > hi {
		c.fail(path, "%d is out of range %d..%d", v, lo, hi)
	}
}

func (c *checker) id(path field, id string) {
	if id == "" {
		c.fail(path, "is empty")
		return
	}
	if len(id) > maxIDLen {
		c.fail(path, "%q is longer than %d characters", id, maxIDLen)
		return
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			c.fail(path, "%q may only hold letters, digits, '-', '_' and '.'", id)
			return
		}
	}
}

func (c *checker) count(path field, n, max int) {
	if n > max {
		c.fail(path, "has %d entries, more than the limit of %d", n, max)
	}
}

// unique reports a repeated id among ids, the ids of list under base.
func (c *checker) unique(base, list string, ids []string) map[string]int {
	idx := make(map[string]int, len(ids))
	for i, id := range ids {
		f := el(base, list, i).dot("id")
		c.id(f, id)
		if j, dup := idx[id]; dup {
			c.fail(f, "%q is already used by %s", id, el(base, list, j))
		}
		idx[id] = i
	}
	return idx
}

func (c *checker) ref(path field, id string, known map[string]int, what string) {
	if _, ok := known[id]; !ok {
		c.fail(path, "unknown %s %q", what, id)
	}
}

// Validate checks every field of s and every reference between its
// parts, and returns the first problem as a *FieldError.
func (s *Scenario) Validate() error {
	c := &checker{}
	if s.Format != FormatName {
		c.fail(at("", "format"), "is %q, want %q", s.Format, FormatName)
	}
	if s.Version > FormatVersion {
		c.fail(at("", "version"), "%d is newer than this program reads (%d); update Outage Lab", s.Version, FormatVersion)
	}
	c.rangeInt(at("", "version"), s.Version, 1, FormatVersion)
	c.id(at("", "id"), s.ID)
	if _, err := ParseInstant(s.Start); err != nil {
		c.fail(at("", "start"), "%v", err)
	}
	c.rangeInt(at("", "horizonHours"), s.HorizonHours, 1, MaxHorizonHours)
	if s.Users < 0 || s.Users > 10_000_000_000 {
		c.fail(at("", "users"), "%d is out of range 0..10000000000", s.Users)
	}
	if len(s.Sites) == 0 {
		c.fail(at("", "sites"), "there must be at least one site")
	}
	c.count(at("", "sites"), len(s.Sites), MaxSites)
	c.count(at("", "groups"), len(s.Groups), MaxGroups)
	c.count(at("", "components"), len(s.Comps), MaxComponents)
	c.count(at("", "apps"), len(s.Apps), MaxApps)
	c.count(at("", "incidents"), len(s.Incidents), MaxIncidents)
	if c.err != nil {
		return c.err
	}
	ix := s.index(c)
	for i := range s.Sites {
		c.site("sites["+strconv.Itoa(i)+"]", &s.Sites[i])
	}
	for i, g := range s.Groups {
		p := el("", "groups", i)
		c.ref(p.dot("site"), g.Site, ix.sites, "site")
		if si, ok := ix.sites[g.Site]; ok {
			c.ref(p.dot("zone"), g.Zone, ix.zones[si], "zone of site "+g.Site)
		}
		c.rangeInt(p.dot("servers"), g.Servers, 0, MaxServers)
	}
	owner := make([]int, len(s.Groups))
	for i := range owner {
		owner[i] = -1
	}
	for i, cp := range s.Comps {
		c.component(el("", "components", i), i, cp, ix, owner)
	}
	for i, a := range s.Apps {
		p := el("", "apps", i)
		if a.Users < 0 || a.Users > 10_000_000_000 {
			c.fail(p.dot("users"), "%d is out of range 0..10000000000", a.Users)
		}
		if len(a.Requires) == 0 {
			c.fail(p.dot("requires"), "an app needs at least one required component")
		}
		seen := map[string]bool{}
		for j, id := range a.Requires {
			c.ref(p.el("requires", j), id, ix.comps, "component")
			seen[id] = true
		}
		for j, id := range a.Optional {
			c.ref(p.el("optional", j), id, ix.comps, "component")
			if seen[id] {
				c.fail(p.el("optional", j), "%q is already required", id)
			}
		}
	}
	o := s.Ops
	if o.Tools != "" {
		c.ref(at("ops", "tools"), o.Tools, ix.comps, "component")
	}
	if o.Controller != "" {
		c.ref(at("ops", "controller"), o.Controller, ix.comps, "component")
	}
	c.rangeInt(at("ops", "teams"), o.Teams, 0, 100)
	c.rangeInt(at("ops", "responseMin"), o.ResponseMin, 0, MaxMinutes)
	c.rangeInt(at("ops", "switchMin"), o.SwitchMin, 0, MaxMinutes)
	c.rangeInt(at("ops", "failoverSec"), o.FailoverSec, 0, 86400)
	c.rangeInt(at("ops", "provisionPerHour"), o.ProvisionPerHour, 0, 10*MaxServers)
	for i, cmd := range s.Incidents {
		if err := s.checkCommand(cmd, ix); err != nil {
			c.fail(el("", "incidents", i).dot(err.Path), "%s", err.Msg)
		}
		if cmd.At > Seconds(s.HorizonHours)*Hour {
			c.fail(el("", "incidents", i).dot("at"), "%d is after the horizon (%d h)", cmd.At, s.HorizonHours)
		}
	}
	if c.err != nil {
		return c.err
	}
	return nil
}

func (c *checker) site(p string, st *Site) {
	if math.IsNaN(st.Lat) || st.Lat < -90 || st.Lat > 90 {
		c.fail(at(p, "lat"), "%v is out of range -90..90", st.Lat)
	}
	if math.IsNaN(st.Lon) || st.Lon < -180 || st.Lon > 180 {
		c.fail(at(p, "lon"), "%v is out of range -180..180", st.Lon)
	}
	c.rangeInt(at(p, "feeds"), st.Feeds, 0, 16)
	if len(st.Compartments) == 0 {
		c.fail(at(p, "compartments"), "a site needs at least one compartment")
	}
	c.count(at(p, "compartments"), len(st.Compartments), MaxCompartments)
	c.count(at(p, "zones"), len(st.Zones), MaxZones)
	c.count(at(p, "ups"), len(st.UPS), MaxUPS)
	if c.err != nil {
		return
	}
	comps := c.unique(p, "compartments", ids(st.Compartments, func(x Compartment) string { return x.ID }))
	for i, cm := range st.Compartments {
		switch cm.Kind {
		case KindBattery, KindElectrical, KindHall, KindOffice:
		default:
			c.fail(el(p, "compartments", i).dot("kind"), "%q is not one of battery, electrical, hall, office", cm.Kind)
		}
		c.rangeInt(el(p, "compartments", i).dot("floor"), cm.Floor, -20, 200)
	}
	for i, sp := range st.Spread {
		q := el(p, "spread", i)
		c.ref(q.dot("from"), sp.From, comps, "compartment")
		c.ref(q.dot("to"), sp.To, comps, "compartment")
		if sp.From == sp.To {
			c.fail(q.dot("to"), "a fire cannot spread from %q to itself", sp.From)
		}
		c.rangeInt(q.dot("afterMin"), sp.AfterMin, 0, MaxMinutes)
	}
	ups := c.unique(p, "ups", ids(st.UPS, func(x UPS) string { return x.ID }))
	for i, u := range st.UPS {
		c.ref(el(p, "ups", i).dot("compartment"), u.Compartment, comps, "compartment")
		c.rangeInt(el(p, "ups", i).dot("runtimeMin"), u.RuntimeMin, 0, 24*60)
	}
	g := st.Generators
	c.rangeInt(at(p, "generators.count"), g.Count, 0, 64)
	c.rangeInt(at(p, "generators.needed"), g.Needed, 0, g.Count)
	if g.Count > 0 {
		c.rangeInt(at(p, "generators.needed"), g.Needed, 1, g.Count)
		c.ref(at(p, "generators.compartment"), g.Compartment, comps, "compartment")
	}
	c.rangeInt(at(p, "generators.startSec"), g.StartSec, 0, 3600)
	c.rangeInt(at(p, "generators.fuelHours"), g.FuelHours, 0, 24*30)
	c.rangeInt(at(p, "generators.failPermille"), g.FailPermille, 0, 1000)
	c.unique(p, "zones", ids(st.Zones, func(x Zone) string { return x.ID }))
	for i, z := range st.Zones {
		q := el(p, "zones", i)
		c.ref(q.dot("compartment"), z.Compartment, comps, "compartment")
		for j, u := range z.UPS {
			c.ref(q.el("ups", j), u, ups, "UPS")
		}
		for j, v := range z.CableVia {
			c.ref(q.el("cableVia", j), v, comps, "compartment")
		}
	}
	c.rangeInt(at(p, "bootMin"), st.BootMin, 0, 24*60)
	f := st.FireService
	c.rangeInt(at(p, "fireService.reportMin"), f.ReportMin, 0, MaxMinutes)
	c.rangeInt(at(p, "fireService.cutMin"), f.CutMin, 0, MaxMinutes)
	c.rangeInt(at(p, "fireService.knockdownMin"), f.KnockdownMin, 0, MaxMinutes)
	c.rangeInt(at(p, "fireService.outMin"), f.OutMin, f.KnockdownMin, MaxMinutes)
	c.rangeInt(at(p, "fireService.inspectMin"), f.InspectMin, 0, MaxMinutes)
	c.rangeInt(at(p, "fireService.zoneStepMin"), f.ZoneStepMin, 0, 24*60)
	c.rangeInt(at(p, "repair.crews"), st.Repair.Crews, 0, 100)
	c.rangeInt(at(p, "repair.upsMin"), st.Repair.UPSMin, 0, MaxMinutes)
	c.rangeInt(at(p, "repair.cableMin"), st.Repair.CableMin, 0, MaxMinutes)
}

func (c *checker) component(p field, i int, cp Component, ix *index, owner []int) {
	switch cp.Mode {
	case ModeSingle:
		if len(cp.Groups) != 1 {
			c.fail(p.dot("groups"), "mode single runs on exactly one group, not %d", len(cp.Groups))
		}
	case ModeBackup, ModeManual, ModeAuto:
		if len(cp.Groups) < 2 {
			c.fail(p.dot("groups"), "mode %s needs a primary group and at least one more to switch to", cp.Mode)
		}
	case ModeActive:
		if len(cp.Groups) == 0 {
			c.fail(p.dot("groups"), "mode active needs at least one group")
		}
	default:
		c.fail(p.dot("mode"), "%q is not one of single, backup, manual, auto, active", cp.Mode)
	}
	for j, g := range cp.Groups {
		q := p.el("groups", j)
		c.ref(q, g, ix.groups, "group")
		if gi, ok := ix.groups[g]; ok {
			if owner[gi] >= 0 {
				c.fail(q, "group %q already runs components[%d]; a group runs one component", g, owner[gi])
			}
			owner[gi] = i
		}
	}
	c.rangeInt(p.dot("need"), cp.Need, 1, 10*MaxServers)
	c.rangeInt(p.dot("recoverMin"), cp.RecoverMin, 0, MaxMinutes)
	c.rangeInt(p.dot("restoreMin"), cp.RestoreMin, 0, MaxMinutes)
	c.rangeInt(p.dot("priority"), cp.Priority, -1000, 1000)
	c.lags(p, cp)
	if cp.Mode == ModeBackup {
		if cp.Backup == nil {
			c.fail(p.dot("backup"), "mode backup needs the place of its backup copy")
			return
		}
		c.ref(p.dot("backup.site"), cp.Backup.Site, ix.sites, "site")
		if si, ok := ix.sites[cp.Backup.Site]; ok {
			c.ref(p.dot("backup.compartment"), cp.Backup.Compartment, ix.compartments[si], "compartment of site "+cp.Backup.Site)
		}
		if l := cp.Backup.Lag; l != LagDefault {
			if span, err := l.Span(); err != nil {
				c.fail(p.dot("backup.lag"), "%v", err)
			} else if span == Never {
				c.fail(p.dot("backup.lag"), "a backup holds the data, so its lag cannot be none")
			}
		}
	} else if cp.Backup != nil {
		c.fail(p.dot("backup"), "only mode backup keeps a backup copy")
	}
}

// lags checks component cp's Lag list: one well-formed lag per group,
// in the modes that keep copies on their groups.
func (c *checker) lags(p field, cp Component) {
	if len(cp.Lag) == 0 {
		return
	}
	switch cp.Mode {
	case ModeSingle:
		c.fail(p.dot("lag"), "mode single keeps one copy, which trails nothing: leave lag out")
		return
	case ModeBackup:
		c.fail(p.dot("lag"), "mode backup restores from its backup copy and its groups hold none: state the backup's lag as backup.lag")
		return
	}
	if len(cp.Lag) != len(cp.Groups) {
		c.fail(p.dot("lag"), "has %d entries for %d groups: give one lag per group, in the order of groups (\"\" for the mode's default)", len(cp.Lag), len(cp.Groups))
		return
	}
	for j, l := range cp.Lag {
		if l == LagDefault {
			continue
		}
		if _, err := l.Span(); err != nil {
			c.fail(p.el("lag", j), "%v", err)
		}
	}
}

func ids[T any](xs []T, id func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = id(x)
	}
	return out
}

// index maps ids to positions in a scenario.
type index struct {
	sites        map[string]int
	zones        []map[string]int // per site
	compartments []map[string]int // per site
	ups          []map[string]int // per site
	groups       map[string]int
	comps        map[string]int
	apps         map[string]int
}

func (s *Scenario) index(c *checker) *index {
	ix := &index{
		sites:  c.unique("", "sites", ids(s.Sites, func(x Site) string { return x.ID })),
		groups: c.unique("", "groups", ids(s.Groups, func(x Group) string { return x.ID })),
		comps:  c.unique("", "components", ids(s.Comps, func(x Component) string { return x.ID })),
		apps:   c.unique("", "apps", ids(s.Apps, func(x App) string { return x.ID })),
	}
	for _, st := range s.Sites {
		ix.zones = append(ix.zones, indexOf(st.Zones, func(x Zone) string { return x.ID }))
		ix.compartments = append(ix.compartments, indexOf(st.Compartments, func(x Compartment) string { return x.ID }))
		ix.ups = append(ix.ups, indexOf(st.UPS, func(x UPS) string { return x.ID }))
	}
	return ix
}

func indexOf[T any](xs []T, id func(T) string) map[string]int {
	m := make(map[string]int, len(xs))
	for i, x := range xs {
		if _, dup := m[id(x)]; !dup {
			m[id(x)] = i
		}
	}
	return m
}

// checkCommand reports what is wrong with cmd for scenario s.
func (s *Scenario) checkCommand(cmd Command, ix *index) *FieldError {
	c := &checker{}
	if cmd.At < 0 {
		c.fail(at("", "at"), "%d is before the start", cmd.At)
	}
	site := func() int {
		si, ok := ix.sites[cmd.Site]
		if !ok {
			c.fail(at("", "site"), "unknown site %q", cmd.Site)
			return -1
		}
		return si
	}
	switch cmd.Kind {
	case CmdFire:
		if si := site(); si >= 0 {
			c.ref(at("", "compartment"), cmd.Compartment, ix.compartments[si], "compartment of site "+cmd.Site)
		}
	case CmdUtilityLoss:
		if si := site(); si >= 0 {
			c.rangeInt(at("", "n"), cmd.N, 0, s.Sites[si].Feeds)
		}
	case CmdUtilityRestore, CmdGeneratorsFail, CmdGeneratorsStart, CmdSiteLoss:
		site()
	case CmdUPSFail:
		if si := site(); si >= 0 {
			c.ref(at("", "ups"), cmd.UPS, ix.ups[si], "UPS of site "+cmd.Site)
		}
	case CmdPowerCut, CmdPowerRestore:
		if si := site(); si >= 0 && cmd.Zone != "" {
			c.ref(at("", "zone"), cmd.Zone, ix.zones[si], "zone of site "+cmd.Site)
		}
	case CmdAddServers, CmdRemoveServers:
		c.ref(at("", "group"), cmd.Group, ix.groups, "group")
		c.rangeInt(at("", "n"), cmd.N, 1, MaxServers)
	default:
		c.fail(at("", "kind"), "unknown command %q", cmd.Kind)
	}
	return c.err
}
