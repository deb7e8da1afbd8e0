package design

import (
	"fmt"

	"outagelab/sim"
)

// BlankID is the id of the blank base: the base scenario's apps and
// components, all in one new data center with no backups.
const BlankID = "blank"

// Template compartments and zones of a site the reader adds. Its
// timings are those the Kakao preset gives Anyang (fire service) and
// Pangyo (the battery fire's spread to the UPS room), from the fact
// sheet's record of the 2022 fire.
const (
	tplBattery = "battery"
	tplUPSRoom = "ups-room"
	tplHall1   = "hall-1"
	tplHall2   = "hall-2"
	tplZone1   = "z1"
	tplZone2   = "z2"
	tplGenRoom = "gen-room"
	// tplSpreadMin is how long a battery fire takes to reach the UPS
	// room without a fire wall (the Pangyo B3 fire, [S5][S10]).
	tplSpreadMin = 8
	// tplGenStartSec is the generators' start-and-transfer time: NFPA
	// 110 Type 10 [S148].
	tplGenStartSec = 10
)

// newSite returns the standard data center the sandbox adds: a battery
// room and a UPS room in the basement, two server halls above, each
// hall fed by its own UPS string through a cable route in the UPS room.
// n numbers its default name ("Data center 2").
func newSite(id string, n int, s Site) sim.Site {
	name := sim.Text{En: fmt.Sprintf("Data center %d", n), Ko: fmt.Sprintf("데이터센터 %d", n)}
	st := sim.Site{
		ID: id, Name: name, Owner: "", Feeds: 1,
		Compartments: []sim.Compartment{
			{ID: tplBattery, Name: sim.Text{En: "Battery room", Ko: "배터리실"}, Kind: sim.KindBattery, Floor: -2},
			{ID: tplUPSRoom, Name: sim.Text{En: "UPS room", Ko: "UPS실"}, Kind: sim.KindElectrical, Floor: -1},
			genRoom(),
			{ID: tplHall1, Name: sim.Text{En: "Server hall 1", Ko: "서버실 1"}, Kind: sim.KindHall, Floor: 1},
			{ID: tplHall2, Name: sim.Text{En: "Server hall 2", Ko: "서버실 2"}, Kind: sim.KindHall, Floor: 2},
		},
		UPS: []sim.UPS{
			{ID: "ups-1", Name: sim.Text{En: "UPS for hall 1", Ko: "서버실 1 UPS"}, Compartment: tplUPSRoom, RuntimeMin: 10},
			{ID: "ups-2", Name: sim.Text{En: "UPS for hall 2", Ko: "서버실 2 UPS"}, Compartment: tplUPSRoom, RuntimeMin: 10},
		},
		Zones: []sim.Zone{
			{ID: tplZone1, Name: sim.Text{En: "Server hall 1", Ko: "서버실 1"}, Compartment: tplHall1, UPS: []string{"ups-1"}, CableVia: []string{tplUPSRoom}},
			{ID: tplZone2, Name: sim.Text{En: "Server hall 2", Ko: "서버실 2"}, Compartment: tplHall2, UPS: []string{"ups-2"}, CableVia: []string{tplUPSRoom}},
		},
		BootMin:     15,
		FireService: sim.FireService{ReportMin: 10, CutMin: 60, KnockdownMin: 120, OutMin: 360, InspectMin: 120, ZoneStepMin: 30},
		Repair:      sim.Repair{Crews: 1, UPSMin: 180, CableMin: 1440},
	}
	if !s.Wall {
		st.Spread = []sim.Spread{{From: tplBattery, To: tplUPSRoom, AfterMin: tplSpreadMin}}
	}
	return st
}

// genRoom returns the compartment where generators added by the sandbox
// stand, apart from the batteries and the UPS units.
func genRoom() sim.Compartment {
	return sim.Compartment{ID: tplGenRoom, Name: sim.Text{En: "Generator room", Ko: "발전기실"}, Kind: sim.KindElectrical, Floor: 1}
}

// Blank returns the blank base built from from (a preset such as
// kakao2022): the same apps, components, users and operator, all
// running once in a single new data center at Pangyo with no backups,
// no generators and no fire walls, before any incident.
func Blank(from *sim.Scenario) *sim.Scenario {
	s := from.Clone()
	s.ID = BlankID
	s.Title = sim.Text{En: "One data center", Ko: "데이터센터 한 곳"}
	s.Summary = sim.Text{En: "Everything in one building, no copies: the start of the sandbox.", Ko: "모든 것을 건물 한 곳에 두고 복제본은 없는 샌드박스 기본 설계."}
	site := Site{Lat: toFixed(37.4005), Lon: toFixed(127.103), UPSMin: 10}
	st := newSite("dc-1", 1, site)
	st.Owner = s.Ops.Owner
	st.Lat, st.Lon = site.Degrees()
	s.Sites = []sim.Site{st}
	s.Groups = nil
	for i := range s.Comps {
		cp := &s.Comps[i]
		g := sim.Group{ID: cp.ID + "-1", Site: st.ID, Zone: tplZone1, Servers: cp.Need, Owner: s.Ops.Owner}
		if i%2 == 1 {
			g.Zone = tplZone2
		}
		s.Groups = append(s.Groups, g)
		cp.Mode, cp.Groups, cp.Backup, cp.Lag = sim.ModeSingle, []string{g.ID}, nil, nil
	}
	s.Incidents = []sim.Command{{Kind: sim.CmdFire, Site: st.ID, Compartment: tplBattery}}
	s.Notes = []string{"The blank sandbox start: the Kakao preset's apps and components in one template data center; template timings from the Kakao preset's Anyang site and the Pangyo fire [S5][S10][S148]."}
	return s
}
