package sim

// CommandKind names what a Command does.
type CommandKind string

// Command kinds. Incidents in scenario files and actions in the game use
// the same kinds.
const (
	// CmdFire starts a fire in Site's Compartment.
	CmdFire CommandKind = "fire"
	// CmdUtilityLoss takes N of Site's utility feeds down (all if N is 0).
	CmdUtilityLoss CommandKind = "utility-loss"
	// CmdUtilityRestore brings all of Site's utility feeds back.
	CmdUtilityRestore CommandKind = "utility-restore"
	// CmdGeneratorsFail stops Site's generators and makes them fail to
	// start until CmdGeneratorsStart.
	CmdGeneratorsFail CommandKind = "generators-fail"
	// CmdGeneratorsStart starts Site's generators by hand if they are
	// not destroyed and have fuel.
	CmdGeneratorsStart CommandKind = "generators-start"
	// CmdUPSFail fails Site's UPS string UPS; repair crews replace it.
	CmdUPSFail CommandKind = "ups-fail"
	// CmdPowerCut cuts power to Site's Zone, or to every zone when Zone
	// is empty, until CmdPowerRestore.
	CmdPowerCut CommandKind = "power-cut"
	// CmdPowerRestore ends a CmdPowerCut of the same Site and Zone.
	CmdPowerRestore CommandKind = "power-restore"
	// CmdSiteLoss destroys Site: its power and servers never return.
	CmdSiteLoss CommandKind = "site-loss"
	// CmdAddServers adds N servers to Group, as engineers do in a
	// crisis.
	CmdAddServers CommandKind = "add-servers"
	// CmdRemoveServers takes N servers out of Group.
	CmdRemoveServers CommandKind = "remove-servers"
)

// Command is an instruction to the simulation at simulated time At: an
// incident (a fire, a utility loss…) or an action (add servers). It is
// plain data, so a run can be recorded, replayed and shared.
type Command struct {
	At          Seconds     `json:"at"`
	Kind        CommandKind `json:"kind"`
	Site        string      `json:"site,omitempty"`
	Compartment string      `json:"compartment,omitempty"`
	Zone        string      `json:"zone,omitempty"`
	UPS         string      `json:"ups,omitempty"`
	Group       string      `json:"group,omitempty"`
	N           int         `json:"n,omitempty"`
}
