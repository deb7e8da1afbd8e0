package sim

import "slices"

// clone returns a deep copy of s, field by field: a JSON round trip did
// the same at a hundred times the cost, which the sandbox pays on every
// edit and the page at start-up.
func (s *Scenario) clone() *Scenario {
	c := *s
	c.Sites = make([]Site, len(s.Sites))
	for i, st := range s.Sites {
		st.Compartments = slices.Clone(st.Compartments)
		st.Spread = slices.Clone(st.Spread)
		st.UPS = slices.Clone(st.UPS)
		st.Zones = slices.Clone(st.Zones)
		for z := range st.Zones {
			st.Zones[z].UPS = slices.Clone(st.Zones[z].UPS)
			st.Zones[z].CableVia = slices.Clone(st.Zones[z].CableVia)
		}
		c.Sites[i] = st
	}
	if s.Sites == nil {
		c.Sites = nil
	}
	c.Groups = slices.Clone(s.Groups)
	c.Comps = slices.Clone(s.Comps)
	for i := range c.Comps {
		c.Comps[i].Groups = slices.Clone(c.Comps[i].Groups)
		c.Comps[i].Lag = slices.Clone(c.Comps[i].Lag)
		if b := c.Comps[i].Backup; b != nil {
			bc := *b
			c.Comps[i].Backup = &bc
		}
	}
	c.Apps = slices.Clone(s.Apps)
	for i := range c.Apps {
		c.Apps[i].Requires = slices.Clone(c.Apps[i].Requires)
		c.Apps[i].Optional = slices.Clone(c.Apps[i].Optional)
	}
	c.Incidents = slices.Clone(s.Incidents)
	c.Notes = slices.Clone(s.Notes)
	c.Sources = slices.Clone(s.Sources)
	return &c
}

// Clone returns a deep copy of s that shares nothing with it.
func (s *Scenario) Clone() *Scenario { return s.clone() }
