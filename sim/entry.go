package sim

import "fmt"

// Status is the state of an app or component.
type Status uint8

// Statuses, from best to worst.
const (
	StatusUp Status = iota
	StatusDegraded
	StatusDown
)

// String returns "up", "degraded" or "down".
func (s Status) String() string {
	switch s {
	case StatusUp:
		return "up"
	case StatusDegraded:
		return "degraded"
	case StatusDown:
		return "down"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// MarshalText writes the status as its name.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a status name.
func (s *Status) UnmarshalText(b []byte) error {
	for _, v := range []Status{StatusUp, StatusDegraded, StatusDown} {
		if v.String() == string(b) {
			*s = v
			return nil
		}
	}
	return fmt.Errorf("sim: unknown status %q", b)
}

// EntryKind names what a timeline entry records.
type EntryKind string

// Timeline entry kinds. Site is set for site-level entries; Subject and
// Object name the parts involved; N carries a count.
const (
	EntIgnition        EntryKind = "ignition"      // Subject: compartment
	EntFireSpread      EntryKind = "fire-spread"   // Subject: from, Object: to
	EntUPSDestroyed    EntryKind = "ups-destroyed" // Subject: UPS
	EntCableBurned     EntryKind = "cable-burned"  // Subject: zone
	EntGenDestroyed    EntryKind = "generators-destroyed"
	EntServersBurned   EntryKind = "servers-burned" // Subject: group, N: servers
	EntFireReported    EntryKind = "fire-reported"
	EntPowerCutAll     EntryKind = "power-cut-building"
	EntPowerCutZones   EntryKind = "power-cut-zones" // N: zones
	EntKnockdown       EntryKind = "knockdown"
	EntFireOut         EntryKind = "fire-out"
	EntPowerHandedBack EntryKind = "power-handed-back"
	EntZonePowerOn     EntryKind = "zone-power-on"  // Subject: zone, N: servers
	EntZonePowerOff    EntryKind = "zone-power-off" // Subject: zone, N: servers
	EntUtilityLost     EntryKind = "utility-lost"
	EntUtilityBack     EntryKind = "utility-back"
	EntUPSOnBattery    EntryKind = "ups-on-battery" // Subject: UPS
	EntUPSEmpty        EntryKind = "ups-empty"      // Subject: UPS
	EntUPSFailed       EntryKind = "ups-failed"     // Subject: UPS
	EntGenStarting     EntryKind = "generators-starting"
	EntGenOnline       EntryKind = "generators-online"
	EntGenFailed       EntryKind = "generators-failed" // N: units that started
	EntGenStopped      EntryKind = "generators-stopped"
	EntGenNoFuel       EntryKind = "generators-out-of-fuel"
	EntRepairStarted   EntryKind = "repair-started" // Subject: UPS or zone, Object: "ups" or "cable"
	EntRepairDone      EntryKind = "repair-done"    // Subject: UPS or zone, Object: "ups" or "cable"
	EntSiteLost        EntryKind = "site-lost"
	EntSwitchStarted   EntryKind = "switch-started" // Subject: component, Object: target group, N: servers to add
	EntSwitchAborted   EntryKind = "switch-aborted" // Subject: component, Object: target group
	EntSwitchDone      EntryKind = "switch-done"    // Subject: component, Object: group now serving
	EntAutoFailover    EntryKind = "auto-failover"  // Subject: component, Object: group now serving
	EntDataLost        EntryKind = "data-lost"      // Subject: component
	EntDataBehind      EntryKind = "data-behind"    // Subject: component, Object: group now serving, N: seconds of writes it lacks (-1: all)
	EntWritesLost      EntryKind = "writes-lost"    // Subject: component, Object: group destroyed, N: seconds of writes no copy left has (-1: all)
	EntComponent       EntryKind = "component"      // Subject: component, Status
	EntApp             EntryKind = "app"            // Subject: app, Status, N: users without it
	EntServers         EntryKind = "servers"        // N: the owner's servers powered
)

// Entry is one line of the timeline: something that happened at
// simulated time At.
type Entry struct {
	At      Seconds   `json:"at"`
	Kind    EntryKind `json:"kind"`
	Site    string    `json:"site,omitempty"`
	Subject string    `json:"subject,omitempty"`
	Object  string    `json:"object,omitempty"`
	N       int64     `json:"n,omitempty"`
	Status  Status    `json:"status"`
}

// String formats e as one line of a golden file.
func (e Entry) String() string {
	s := fmt.Sprintf("%s %s", e.At, e.Kind)
	for _, f := range []string{e.Site, e.Subject, e.Object} {
		if f != "" {
			s += " " + f
		}
	}
	if e.Kind == EntComponent || e.Kind == EntApp {
		s += " " + e.Status.String()
	}
	if e.N != 0 {
		s += fmt.Sprintf(" n=%d", e.N)
	}
	return s
}
