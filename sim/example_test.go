package sim_test

import (
	"bytes"
	"fmt"
	"io/fs"

	"outagelab/assets"
	"outagelab/sim"
)

// Example runs the Kakao preset for a simulated week and reports when
// KakaoTalk's messages came back.
func Example() {
	data, _ := fs.ReadFile(assets.FS, "scenarios/kakao2022.json")
	scn, err := sim.ParseScenario(bytes.NewReader(data))
	if err != nil {
		fmt.Println(err)
		return
	}
	w, _ := sim.NewWorld(scn, scn.Seed)
	w.Advance(7 * sim.Day)
	for _, a := range w.Result().Apps {
		if a.ID == "talk" {
			fmt.Println("down", w.ClockAt(a.FirstDown), "back", w.ClockAt(a.Back))
		}
	}
	// Output: down 2022-10-15 15:27 KST back 2022-10-16 03:10 KST
}

// ExampleWorld_Apply starts a fire by command, as the game does when the
// reader presses the button, and reads the state ten minutes later.
func ExampleWorld_Apply() {
	data, _ := fs.ReadFile(assets.FS, "scenarios/kakao2022.json")
	scn, _ := sim.ParseScenario(bytes.NewReader(data))
	scn.Incidents = nil
	w, _ := sim.NewWorld(scn, 1)
	if err := w.Apply(sim.Command{At: 0, Kind: sim.CmdFire, Site: "pangyo", Compartment: "b3-battery"}); err != nil {
		fmt.Println(err)
	}
	w.Advance(10 * sim.Minute)
	s := w.Snapshot()
	fmt.Println(s.Clock, "people without service:", s.UsersOut)
	// Output: 2022-10-15 15:29 KST people without service: 47500000
}
