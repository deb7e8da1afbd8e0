package sim_test

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"outagelab/sim"
)

// BenchmarkKakao2022Week runs the Kakao preset for seven simulated days,
// as the game does on every scrub.
func BenchmarkKakao2022Week(b *testing.B) {
	s := preset(b, "kakao2022")
	b.ReportAllocs()
	for b.Loop() {
		w, err := sim.NewWorld(s, 1)
		if err != nil {
			b.Fatal(err)
		}
		w.Advance(7 * sim.Day)
	}
}

// BenchmarkSnapshot measures the per-frame read the game makes.
func BenchmarkSnapshot(b *testing.B) {
	w := runPreset(b, "kakao2022")
	var s sim.Snapshot
	w.SnapshotInto(&s)
	b.ReportAllocs()
	for b.Loop() {
		w.SnapshotInto(&s)
	}
}

// BenchmarkScale runs k copies of the Kakao preset side by side (sites,
// server groups, components, apps and fires all × k) for seven days.
func BenchmarkScale(b *testing.B) {
	base := preset(b, "kakao2022")
	for _, k := range []int{1, 10, 100} {
		s := scaled(base, k)
		b.Run(fmt.Sprintf("x%d-sites%d-groups%d-apps%d", k, len(s.Sites), len(s.Groups), len(s.Apps)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				w, err := sim.NewWorld(s, 1)
				if err != nil {
					b.Fatal(err)
				}
				w.Advance(7 * sim.Day)
			}
		})
	}
}

// scaled returns base with k independent copies of everything in it.
func scaled(base *sim.Scenario, k int) *sim.Scenario {
	out := base.Clone()
	out.Sites, out.Groups, out.Comps, out.Apps, out.Incidents = nil, nil, nil, nil, nil
	for i := range k {
		c := base.Clone()
		sfx := fmt.Sprintf("-%d", i)
		for j := range c.Sites {
			c.Sites[j].ID += sfx
		}
		for j := range c.Groups {
			c.Groups[j].ID += sfx
			c.Groups[j].Site += sfx
		}
		for j := range c.Comps {
			cp := &c.Comps[j]
			cp.ID += sfx
			for g := range cp.Groups {
				cp.Groups[g] += sfx
			}
			if cp.Backup != nil {
				cp.Backup.Site += sfx
			}
		}
		for j := range c.Apps {
			a := &c.Apps[j]
			a.ID += sfx
			for r := range a.Requires {
				a.Requires[r] += sfx
			}
			for r := range a.Optional {
				a.Optional[r] += sfx
			}
		}
		for j := range c.Incidents {
			c.Incidents[j].Site += sfx
		}
		out.Sites = append(out.Sites, c.Sites...)
		out.Groups = append(out.Groups, c.Groups...)
		out.Comps = append(out.Comps, c.Comps...)
		out.Apps = append(out.Apps, c.Apps...)
		out.Incidents = append(out.Incidents, c.Incidents...)
	}
	out.Ops.Tools += "-0"
	out.Ops.Controller += "-0"
	return out
}

// BenchmarkParseKakao2022 reads the Kakao preset from its JSON, as the
// game does for the story's first screen.
func BenchmarkParseKakao2022(b *testing.B) {
	data, err := os.ReadFile("../assets/scenarios/kakao2022.json")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := sim.ParseScenario(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidate checks the Kakao preset, as every new world does.
func BenchmarkValidate(b *testing.B) {
	s := preset(b, "kakao2022")
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}
