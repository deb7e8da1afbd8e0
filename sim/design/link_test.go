package design_test

import (
	"bytes"
	"encoding/base64"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/sim"
	"outagelab/sim/design"
)

// randomDesign makes a design by n random edits of a random base, as a
// reader tapping about would; edits the rules refuse are skipped.
func randomDesign(r *rand.Rand, m map[string]*sim.Scenario, n int) (design.Design, *sim.Scenario) {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	base := m[ids[r.IntN(len(ids))]]
	d := design.FromScenario(base)
	lat := func() int32 { return int32(design.MinLat*1e4) + r.Int32N(int32((design.MaxLat-design.MinLat)*1e4)) }
	lon := func() int32 { return int32(design.MinLon*1e4) + r.Int32N(int32((design.MaxLon-design.MinLon)*1e4)) }
	for range n {
		var e design.Design
		var err error
		si, ci := r.IntN(len(d.Sites)), r.IntN(len(d.Comps))
		switch r.IntN(10) {
		case 0:
			e, err = d.AddSite(lat(), lon())
		case 1:
			e, err = d.RemoveSite(si)
		case 2:
			e, err = d.MoveSite(si, lat(), lon())
		case 3:
			e, err = d.RenameSite(si, []string{"", "Busan", "부산 센터", "DC ☃"}[r.IntN(4)])
		case 4:
			e, err = d.SetWall(si, r.IntN(2) == 0)
		case 5:
			e, err = d.SetZoneCut(si, r.IntN(2) == 0)
		case 6:
			e, err = d.SetGenerators(si, r.IntN(design.MaxGenerators+1), r.IntN(design.MaxFuelHours+1))
		case 7:
			e, err = d.SetUPS(si, r.IntN(design.MaxUPSMin+1))
		case 8:
			e, err = d.SetMode(ci, design.Modes()[r.IntN(len(design.Modes()))])
		case 9:
			e, err = d.ToggleCopy(ci, si)
		}
		if err == nil {
			d = e
		}
	}
	ks := design.Incidents()
	d = d.SetIncident(design.Incident{Kind: ks[r.IntN(len(ks))], Site: r.IntN(len(d.Sites)), Room: r.IntN(4), Seed: r.Uint64()})
	return d, base
}

// TestLinkRoundTrip is the property the share link promises: any design
// the sandbox can make decodes to the same design, and plays out the
// same.
func TestLinkRoundTrip(t *testing.T) {
	m := bases(t)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		d, base := randomDesign(r, m, r.IntN(40))
		_, err := design.Compile(base, d)
		require.NoError(t, err, "case %d", i)
		link := design.Encode(d, base)
		got, gotBase, err := design.Decode(link, lookup(m))
		require.NoError(t, err, "case %d: %s", i, link)
		require.Truef(t, got.Equal(d), "case %d: %+v != %+v", i, got, d)
		require.Equal(t, base.ID, gotBase.ID)
		if i%30 == 0 {
			assert.Equal(t, run(t, base, d), run(t, gotBase, got), "case %d plays the same", i)
		}
	}
}

// TestLinkIsCompact checks that a share link of a built-in base stays
// short enough to paste into a chat.
func TestLinkIsCompact(t *testing.T) {
	m := bases(t)
	r := rand.New(rand.NewPCG(3, 4))
	for range 100 {
		d, base := randomDesign(r, m, 60)
		assert.Less(t, len(design.Encode(d, base)), 400)
	}
}

// TestImportedBaseTravelsInTheLink checks that a design on an imported
// file carries the file inside its link.
func TestImportedBaseTravelsInTheLink(t *testing.T) {
	m := bases(t)
	var file bytes.Buffer
	must := mustOf(t)
	d := must(design.FromScenario(m["naver2022"]).SetWall(0, true))
	require.NoError(t, design.Export(&file, m["naver2022"], d))
	imp, base, err := design.Import(&file)
	require.NoError(t, err)
	assert.NotEqual(t, "naver2022", base.ID)
	link := design.Encode(imp, base)
	got, gotBase, err := design.Decode(link, lookup(m))
	require.NoError(t, err)
	assert.True(t, got.Equal(imp))
	assert.Equal(t, run(t, base, imp), run(t, gotBase, got))
	assert.Equal(t, run(t, m["naver2022"], d), run(t, base, imp), "the exported file plays as the design")
}

// TestBadLinks checks that every kind of broken link gets its own
// problem, and never a panic.
func TestBadLinks(t *testing.T) {
	m := bases(t)
	good := design.Encode(design.FromScenario(m["kakao2022"]), m["kakao2022"])
	raw, err := base64.RawURLEncoding.DecodeString(good)
	require.NoError(t, err)
	enc := func(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }
	newer := append([]byte{design.LinkVersion + 1}, raw[1:]...)
	unknown := append([]byte{design.LinkVersion, 99}, raw[2:]...)
	tests := []struct {
		name string
		link string
		want design.Code
	}{
		{"empty", "", design.ErrLink},
		{"not base64", "!!not a link!!", design.ErrLink},
		{"truncated", good[:len(good)/2], design.ErrLink},
		{"extra bytes", enc(append(slices.Clone(raw), 0)), design.ErrLink},
		{"newer version", enc(newer), design.ErrNewer},
		{"unknown base", enc(unknown), design.ErrUnknownBase},
		{"oversized", strings.Repeat("A", design.MaxLinkLen+1), design.ErrTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := design.Decode(tt.link, lookup(m))
			var p *design.Problem
			require.True(t, errors.As(err, &p), "%v", err)
			assert.Equal(t, tt.want, p.Code, p.Detail)
		})
	}
}

// FuzzDecode checks the link decoder on any input: it returns an error
// or a design that compiles to a valid scenario, and never panics.
func FuzzDecode(f *testing.F) {
	m := bases(f)
	r := rand.New(rand.NewPCG(5, 6))
	for range 8 {
		d, base := randomDesign(r, m, 20)
		f.Add(design.Encode(d, base))
	}
	f.Add("")
	f.Add("AQE")
	f.Fuzz(func(t *testing.T, link string) {
		d, base, err := design.Decode(link, lookup(m))
		if err != nil {
			var p *design.Problem
			require.True(t, errors.As(err, &p), "every error is a Problem: %v", err)
			return
		}
		_, err = design.Compile(base, d)
		require.NoError(t, err)
	})
}
