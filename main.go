//go:build !js

// Command outagelab is Outage Lab's program. Without arguments it opens
// the explainer in a window (in the browser build, in the page):
//
//	go run .                              # the explainer, in English
//	go run . -lang ko                     # in Korean
//
// With -report or -scenario it runs a scenario headless and prints what
// happened:
//
//	go run . -report kakao2022            # the preset, in English
//	go run . -report kakao2022 -lang ko   # in Korean
//	go run . -scenario my.json -json      # a scenario file, as JSON
//
// A scenario that cannot be read is reported with the file, the field
// and what is wrong, and the program exits with status 2.
//
// The browser build (play_js.go) is the explainer alone: it takes its
// options from the page's URL, so it carries none of this command line.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"outagelab/assets"
	"outagelab/game"
	"outagelab/sim"
	"outagelab/sim/report"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the program with its arguments and outputs, returning the exit
// status: 0 on success, 2 on bad input.
func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("outagelab", flag.ContinueOnError)
	fl.SetOutput(stderr)
	preset := fl.String("report", "", "run the named preset headless and print the report ("+strings.Join(presets(), ", ")+")")
	file := fl.String("scenario", "", "run the scenario `file` headless and print the report")
	asJSON := fl.Bool("json", false, "print the report as JSON")
	langFlag := fl.String("lang", "en", "report language: en or ko")
	seed := fl.Int64("seed", -1, "seed for random draws (default: the scenario's own)")
	hours := fl.Int("hours", 0, "simulated hours to run (default: the scenario's horizon)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "outagelab:", err)
		return 2
	}
	lang, err := report.ParseLang(*langFlag)
	if err != nil {
		return fail(err)
	}
	var name string
	var data []byte
	switch {
	case *preset != "" && *file != "":
		return fail(errors.New("give -report or -scenario, not both"))
	case *preset != "":
		name = *preset
		data, err = fs.ReadFile(assets.FS, "scenarios/"+*preset+".json")
		if err != nil {
			return fail(fmt.Errorf("no preset %q (presets: %s)", *preset, strings.Join(presets(), ", ")))
		}
	case *file != "":
		name = *file
		if data, err = os.ReadFile(*file); err != nil {
			return fail(err)
		}
	default:
		if err := play(game.Options{Lang: string(lang)}); err != nil {
			return fail(err)
		}
		return 0
	}
	scn, err := sim.ParseScenario(bytes.NewReader(data))
	if err != nil {
		return fail(fmt.Errorf("%s: %s", name, strings.TrimPrefix(err.Error(), "sim: scenario: ")))
	}
	s := scn.Seed
	if *seed >= 0 {
		s = uint64(*seed)
	}
	until := sim.Seconds(scn.HorizonHours) * sim.Hour
	if *hours < 0 || *hours > sim.MaxHorizonHours {
		return fail(fmt.Errorf("-hours %d is out of range 0..%d", *hours, sim.MaxHorizonHours))
	} else if *hours > 0 {
		until = sim.Seconds(*hours) * sim.Hour
	}
	w, err := sim.Run(scn, s, nil, until)
	if err != nil {
		return fail(err)
	}
	write := report.WriteText
	if *asJSON {
		write = report.WriteJSON
	}
	if err := write(stdout, w, lang); err != nil {
		return fail(err)
	}
	return 0
}

// presets lists the names of the embedded scenario presets.
func presets() []string {
	ents, _ := fs.ReadDir(assets.FS, "scenarios")
	var names []string
	for _, e := range ents {
		if n, ok := strings.CutSuffix(e.Name(), ".json"); ok {
			names = append(names, n)
		}
	}
	return names
}
