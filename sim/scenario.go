package sim

// FormatName is the value of the "format" field of every scenario file.
const FormatName = "outagelab-scenario"

// FormatVersion is the scenario format version this package reads and
// writes. Files with a newer version are refused with a clear error.
const FormatVersion = 1

// Scenario is a whole design and its incidents: sites, server groups,
// components, apps, the operator's people and tools, and the incidents
// that start at given times. It is plain data that reads from and
// writes to JSON; ParseScenario checks it.
type Scenario struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	ID      string `json:"id"`
	Title   Text   `json:"title"`
	Summary Text   `json:"summary"`
	// Start is when simulated time 0 falls, in RFC 3339 with an offset.
	Start string `json:"start"`
	// HorizonHours is how long the story runs, in simulated hours.
	HorizonHours int `json:"horizonHours"`
	// Seed is the default seed for the scenario's random draws.
	Seed uint64 `json:"seed"`
	// Users is the operator's total number of users, for scale.
	Users     int64       `json:"users"`
	Sites     []Site      `json:"sites"`
	Groups    []Group     `json:"groups"`
	Comps     []Component `json:"components"`
	Apps      []App       `json:"apps"`
	Ops       Ops         `json:"ops"`
	Incidents []Command   `json:"incidents"`
	// Notes say where each number comes from, with source ids.
	Notes   []string `json:"notes,omitempty"`
	Sources []Source `json:"sources,omitempty"`
}

// Text is a short user-facing string in English and Korean.
type Text struct {
	En string `json:"en"`
	Ko string `json:"ko"`
}

// In returns the text in language lang ("ko" or anything else for
// English), falling back to English where the Korean is missing.
func (t Text) In(lang string) string {
	if lang == "ko" && t.Ko != "" {
		return t.Ko
	}
	return t.En
}

// Source is an entry of a scenario's bibliography: an id such as "S33"
// from the project's fact sheet and a title.
type Source struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// Site is a data center: a place on the map, fire compartments, power
// equipment and power zones, and how its fire service and repair crews
// work.
type Site struct {
	ID    string  `json:"id"`
	Name  Text    `json:"name"`
	Owner string  `json:"owner"`
	Lat   float64 `json:"lat"`
	Lon   float64 `json:"lon"`
	// ZoneCut reports whether the site can cut power zone by zone in a
	// fire; without it the fire service cuts the whole building.
	ZoneCut bool `json:"zoneCut"`
	// Feeds is the number of utility feeds; the utility is up while at
	// least one is live.
	Feeds        int           `json:"feeds"`
	Compartments []Compartment `json:"compartments"`
	Spread       []Spread      `json:"spread,omitempty"`
	UPS          []UPS         `json:"ups,omitempty"`
	Generators   Generators    `json:"generators"`
	Zones        []Zone        `json:"zones"`
	// BootMin is how long servers take to boot once power returns, in
	// simulated minutes.
	BootMin     int         `json:"bootMin"`
	FireService FireService `json:"fireService"`
	Repair      Repair      `json:"repair"`
}

// CompartmentKind says what a fire compartment holds.
type CompartmentKind string

// Compartment kinds.
const (
	KindBattery    CompartmentKind = "battery"
	KindElectrical CompartmentKind = "electrical"
	KindHall       CompartmentKind = "hall"
	KindOffice     CompartmentKind = "office"
)

// Compartment is a fire compartment: a space a fire fills before it can
// spread, on a floor of the building (negative for basements).
type Compartment struct {
	ID    string          `json:"id"`
	Name  Text            `json:"name"`
	Kind  CompartmentKind `json:"kind"`
	Floor int             `json:"floor"`
}

// Spread says that a fire burning in From reaches To after AfterMin
// simulated minutes, unless it is knocked down first. A wall between
// two compartments is the absence of a Spread between them.
type Spread struct {
	From     string `json:"from"`
	To       string `json:"to"`
	AfterMin int    `json:"afterMin"`
}

// UPS is a string of UPS modules and batteries in a compartment; it
// carries the zones it feeds for RuntimeMin minutes when neither the
// utility nor the generators supply it.
type UPS struct {
	ID          string `json:"id"`
	Name        Text   `json:"name"`
	Compartment string `json:"compartment"`
	RuntimeMin  int    `json:"runtimeMin"`
}

// Generators is a site's generator plant: Count units of which Needed
// must start to carry the load.
type Generators struct {
	Count  int `json:"count"`
	Needed int `json:"needed"`
	// StartSec is the time from utility loss to the plant carrying load.
	StartSec int `json:"startSec"`
	// FuelHours is how long the plant runs on its stored fuel.
	FuelHours int `json:"fuelHours"`
	// FailPermille is each unit's chance in 1000 of failing to start.
	FailPermille int    `json:"failPermille"`
	Compartment  string `json:"compartment,omitempty"`
}

// Zone is a power zone: the servers in one compartment fed through the
// listed UPS strings (any one is enough) and a cable route through the
// listed compartments.
type Zone struct {
	ID          string   `json:"id"`
	Name        Text     `json:"name"`
	Compartment string   `json:"compartment"`
	UPS         []string `json:"ups,omitempty"`
	CableVia    []string `json:"cableVia,omitempty"`
}

// FireService says how the fire service handles a fire at the site, in
// simulated minutes: from ignition to the report (ReportMin), and from
// the report to the power cut, the knock-down and the fire being out;
// then from out to handing the building back (InspectMin), after which
// undamaged zones are re-energised one every ZoneStepMin.
type FireService struct {
	ReportMin    int `json:"reportMin"`
	CutMin       int `json:"cutMin"`
	KnockdownMin int `json:"knockdownMin"`
	OutMin       int `json:"outMin"`
	InspectMin   int `json:"inspectMin"`
	ZoneStepMin  int `json:"zoneStepMin"`
}

// Repair says how a site's crews repair damage: Crews jobs at once,
// UPSMin minutes to replace or bypass a failed UPS string, CableMin to
// re-lay a burned cable route.
type Repair struct {
	Crews    int `json:"crews"`
	UPSMin   int `json:"upsMin"`
	CableMin int `json:"cableMin"`
}

// Group is a group of identical servers in one power zone of one site;
// its size, not a list of machines, keeps 32,000 servers cheap.
type Group struct {
	ID      string `json:"id"`
	Site    string `json:"site"`
	Zone    string `json:"zone"`
	Servers int    `json:"servers"`
	Owner   string `json:"owner"`
}

// Mode is a component's redundancy mode.
type Mode string

// Redundancy modes, from the cheapest to the most resilient.
const (
	// ModeSingle keeps the component in one place: it is back when that
	// place is.
	ModeSingle Mode = "single"
	// ModeBackup keeps a backup copy: engineers restore it onto another
	// group, which needs the ops tools and takes the component's
	// RestoreMin.
	ModeBackup Mode = "backup"
	// ModeManual keeps a warm standby: engineers switch to it by hand,
	// which needs the ops tools, a free team and spare capacity.
	ModeManual Mode = "manual"
	// ModeAuto keeps a hot standby: the failover controller switches
	// automatically while it is alive, and engineers by hand otherwise.
	ModeAuto Mode = "auto"
	// ModeActive serves from every group at once: the component is up
	// while the live groups carry its load.
	ModeActive Mode = "active"
)

// Component is a part of the operator's system running on server
// groups: Groups[0] is the primary, the rest standbys (or, in
// ModeActive, peers). Need is the number of servers that carry the
// full load.
type Component struct {
	ID     string   `json:"id"`
	Name   Text     `json:"name"`
	Kind   string   `json:"kind"`
	Mode   Mode     `json:"mode"`
	Groups []string `json:"groups"`
	Need   int      `json:"need"`
	// RecoverMin is how long the component's data takes to check and
	// resynchronise after its servers come back from a power loss.
	RecoverMin int `json:"recoverMin,omitempty"`
	// RestoreMin is how long a restore from backup takes (ModeBackup).
	RestoreMin int `json:"restoreMin,omitempty"`
	// Backup is where the backup copy is kept (ModeBackup).
	Backup *Place `json:"backup,omitempty"`
	// Lag says how far the copy on each group trails the copy that
	// serves, one entry per group in the order of Groups; an empty
	// entry, or no list, stands for the mode's default (DefaultLag).
	// The primary's entry counts only if it takes over again after a
	// switch. Modes single and backup keep no list: a single copy has
	// nothing to trail, and a backup's lag is Backup.Lag.
	Lag []Lag `json:"lag,omitempty"`
	// Priority orders the engineers' manual work: lower goes first.
	Priority int `json:"priority"`
}

// Place is a compartment of a site. As a backup's place it also says
// how old the backup may be.
type Place struct {
	Site        string `json:"site"`
	Compartment string `json:"compartment"`
	// Lag is how far a backup kept here trails the data it copies;
	// empty stands for LagNightly.
	Lag Lag `json:"lag,omitempty"`
}

// App is a service users see, built from components: it is down while a
// required component is down, degraded while an optional one is not up
// (or a required one is degraded), and up otherwise.
type App struct {
	ID       string   `json:"id"`
	Name     Text     `json:"name"`
	Icon     string   `json:"icon"`
	Users    int64    `json:"users"`
	Requires []string `json:"requires"`
	Optional []string `json:"optional,omitempty"`
}

// Ops is the operator's response: who can switch over, with which
// tools, how fast. Tools and Controller name components.
type Ops struct {
	// Owner is the operator the story follows: its servers are counted
	// in ServersPowered.
	Owner string `json:"owner"`
	// OwnerName is the owner's name for people.
	OwnerName Text `json:"ownerName"`
	// Tools is the component engineers need to switch anything by hand.
	Tools string `json:"tools"`
	// Controller is the component that runs automatic failover.
	Controller string `json:"controller"`
	// Teams is how many manual switches engineers run at once.
	Teams int `json:"teams"`
	// ResponseMin is the time from the first component going down to
	// engineers starting work.
	ResponseMin int `json:"responseMin"`
	// SwitchMin is how long a manual switch to a standby takes.
	SwitchMin int `json:"switchMin"`
	// FailoverSec is how long an automatic failover takes.
	FailoverSec int `json:"failoverSec"`
	// ProvisionPerHour is how many standby servers engineers can add
	// per hour where a standby is smaller than the load it takes over.
	ProvisionPerHour int `json:"provisionPerHour"`
}
