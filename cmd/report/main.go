// Command report runs an Outage Lab scenario headless and prints what
// happened, minute by minute, as text or JSON:
//
//	go run ./cmd/report kakao2022                # a preset, in English
//	go run ./cmd/report kakao2022 -lang ko       # in Korean
//	go run ./cmd/report kakao2022 -json          # as JSON
//	go run ./cmd/report nirs2025                 # the Daejeon fire and the data it lost
//	go run ./cmd/report -scenario my.json        # a scenario file
//	go run ./cmd/report naver2022 -seed 7 -hours 12
//
// It imports nothing graphical, so it runs on a machine with no
// display. A usage error, an unknown preset or a scenario that cannot be
// read (named with the file, the field and what is wrong) is reported
// on one line, and the command exits with status 2.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"outagelab/assets"
	"outagelab/sim"
	"outagelab/sim/report"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// options is the command line, parsed.
type options struct {
	preset, file string
	json         bool
	lang         report.Lang
	seed         *uint64 // nil: the scenario's own
	hours        int
}

// run is the command with its arguments and outputs, returning the exit
// status: 0 on success, 1 if the report cannot be written, 2 on bad
// input.
func run(args []string, stdout, stderr io.Writer) int {
	fail := func(err error) int {
		fmt.Fprintln(stderr, "report:", err)
		return 2
	}
	opt, err := parseArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		usage(stderr)
		return 0
	}
	if err != nil {
		return fail(err)
	}
	name, data, err := load(opt)
	if err != nil {
		return fail(err)
	}
	scn, err := sim.ParseScenario(bytes.NewReader(data))
	if err != nil {
		return fail(scenarioError(name, err))
	}
	seed := scn.Seed
	if opt.seed != nil {
		seed = *opt.seed
	}
	until := sim.Seconds(scn.HorizonHours) * sim.Hour
	if opt.hours > 0 {
		until = sim.Seconds(opt.hours) * sim.Hour
	}
	w, err := sim.Run(scn, seed, nil, until)
	if err != nil {
		return fail(scenarioError(name, err))
	}
	write := report.WriteText
	if opt.json {
		write = report.WriteJSON
	}
	if err := write(stdout, w, opt.lang); err != nil {
		fmt.Fprintln(stderr, "report: writing the report:", err)
		return 1
	}
	return 0
}

// newFlags returns the command's flag set, filling opt. It prints
// nothing itself: run reports errors on one line.
func newFlags(opt *options) *flag.FlagSet {
	fl := flag.NewFlagSet("report", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	fl.StringVar(&opt.file, "scenario", "", "run the scenario `file` instead of a preset")
	fl.BoolVar(&opt.json, "json", false, "print the report as JSON")
	opt.lang = report.English
	fl.Func("lang", "report `language`: en or ko (default en)", func(s string) error {
		l, err := report.ParseLang(s)
		if err != nil {
			return errors.New("want en or ko")
		}
		opt.lang = l
		return nil
	})
	fl.Func("seed", "`seed` for random draws, 0 or more (default: the scenario's own)", func(s string) error {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return errors.New("want a whole number, 0 or more")
		}
		opt.seed = &n
		return nil
	})
	fl.IntVar(&opt.hours, "hours", 0, "simulated hours to run (default: the scenario's horizon)")
	return fl
}

// parseArgs reads the command line: flags and at most one preset name,
// in any order, and checks them.
func parseArgs(args []string) (options, error) {
	var opt options
	fl := newFlags(&opt)
	var names []string
	for {
		if err := fl.Parse(args); err != nil {
			return opt, err
		}
		if fl.NArg() == 0 {
			break
		}
		names = append(names, fl.Arg(0))
		args = fl.Args()[1:]
	}
	switch {
	case len(names) > 1:
		return opt, fmt.Errorf("give one preset, not %d (%s)", len(names), strings.Join(names, ", "))
	case len(names) == 1 && opt.file != "":
		return opt, fmt.Errorf("give a preset or -scenario, not both")
	case len(names) == 0 && opt.file == "":
		return opt, errors.New("give a preset name or -scenario file (report -h for more)")
	case len(names) == 1:
		opt.preset = names[0]
	}
	if opt.hours < 0 || opt.hours > sim.MaxHorizonHours {
		return opt, fmt.Errorf("-hours %d is out of range 0..%d", opt.hours, sim.MaxHorizonHours)
	}
	return opt, nil
}

// usage writes the command's help to w.
func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: report [flags] PRESET")
	fmt.Fprintln(w, "       report [flags] -scenario FILE")
	fmt.Fprintln(w, "\nRuns a scenario headless and prints what happened.")
	if names, err := presets(); err == nil {
		fmt.Fprintln(w, "Presets:", strings.Join(names, ", "))
	}
	fmt.Fprintln(w, "\nFlags:")
	fl := newFlags(&options{})
	fl.SetOutput(w)
	fl.PrintDefaults()
}

// load returns the name and bytes of the scenario opt asks for: a
// preset or a file.
func load(opt options) (string, []byte, error) {
	if opt.file != "" {
		data, err := os.ReadFile(opt.file)
		return opt.file, data, err
	}
	data, err := fs.ReadFile(assets.FS, "scenarios/"+opt.preset+".json")
	if err == nil {
		return opt.preset, data, nil
	}
	if !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, fs.ErrInvalid) {
		return "", nil, fmt.Errorf("reading preset %q: %w", opt.preset, err)
	}
	names, err := presets()
	if err != nil {
		return "", nil, err
	}
	return "", nil, fmt.Errorf("no preset %q (presets: %s)", opt.preset, strings.Join(names, ", "))
}

// presets lists the names of the embedded scenario presets.
func presets() ([]string, error) {
	ents, err := fs.ReadDir(assets.FS, "scenarios")
	if err != nil {
		return nil, fmt.Errorf("listing the presets: %w", err)
	}
	var names []string
	for _, e := range ents {
		if n, ok := strings.CutSuffix(e.Name(), ".json"); ok {
			names = append(names, n)
		}
	}
	return names, nil
}

// scenarioError names the scenario in err: name, then the field and
// what is wrong with it when err is a *sim.FieldError.
func scenarioError(name string, err error) error {
	var fe *sim.FieldError
	switch {
	case !errors.As(err, &fe):
		return fmt.Errorf("%s: %w", name, err)
	case fe.Path == "":
		return fmt.Errorf("%s: %s", name, fe.Msg)
	}
	return fmt.Errorf("%s: %s: %s", name, fe.Path, fe.Msg)
}
