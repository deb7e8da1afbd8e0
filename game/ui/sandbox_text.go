package ui

import (
	"fmt"
	"strings"

	"outagelab/sim"
	"outagelab/sim/design"
	"outagelab/sim/report"
)

// Message ids of the sandbox.
const (
	SbTabSites Msg = firstSbMsg + iota
	SbTabServices
	SbTabIncident
	SbTabStart
	SbTabInside
	SbTabChart
	SbTabCompare
	SbTabNines
	SbUndo
	SbRedo
	SbCopyLink
	SbExport
	SbImport
	SbOpenSandbox
	SbOpenStory
	SbStartIncident
	SbWall
	SbZoneCut
	SbGenerators
	SbFuel
	SbUPS
	SbName
	SbRemoveSite
	SbAddSite
	SbOn
	SbOff
	SbUnits
	SbHours
	SbMinutes
	SbNoUPS
	SbModeSingle
	SbModeBackup
	SbModeManual
	SbModeAuto
	SbModeActive
	SbColComponent
	SbColMode
	SbColCopies
	SbPage
	SbIncRecorded
	SbIncFire
	SbIncGrid
	SbIncGenFail
	SbIncUPS
	SbIncCut
	SbIncSiteLoss
	SbIncChaos
	SbWhere
	SbRoom
	SbReroll
	SbChaosDraw
	SbStartFrom
	SbFiles
	SbCost
	SbOutage
	// SbDataLine says the worst data the design lost, and in which app.
	SbDataLine
	SbNoOutage
	SbErrTooManySites
	SbErrLastSite
	SbErrOnlyCopy
	SbErrLastCopy
	SbErrOffMap
	SbErrRange
	SbErrLink
	SbErrNewer
	SbErrTooLong
	SbErrUnknownBase
	SbErrBroken
	SbErrFile
	SbCopied
	SbSaved
	SbOpened
	SbNothingToUndo
	SbNothingToRedo
	SbAdded
	SbIntro
	SbSiteHint
	// SbFuelShort and SbUPSShort name the fuel and UPS steppers where a
	// phone gives them half a row.
	SbFuelShort
	SbUPSShort
	SbTitle
	SbSubtitle
	SbDoFire
	SbDoGrid
	SbDoGen
	SbDoUPS
	SbDoCut
	SbDoLoss
	SbDoNothing
	SbAtOnce
	SbNoGenerators
	// SbTabBuild names the tab of the parts tray; SbTrayHint tells what
	// to do with it, SbTrayBuilding and SbTrayServices head its two rows.
	SbTabBuild
	SbTrayHint
	SbTrayBuilding
	SbTrayServices
	// SbPartSite … SbPartFire name the tray's building parts.
	SbPartSite
	SbPartGen
	SbPartUPS
	SbPartWall
	SbPartZones
	SbPartFire
	// SbPutSite … SbPutCopy say what a placed part did: %[1]s is the
	// site's name, %[2]s the service part's, %[3]d and %[4]d a count and
	// its limit.
	SbPutSite
	SbPutGen
	SbPutUPS
	SbPutWall
	SbPutZones
	SbPutFire
	SbPutCopy
	// SbHasWall, SbHasZones, SbHasFire and SbHasCopy refuse a part the
	// site already has.
	SbHasWall
	SbHasZones
	SbHasFire
	SbHasCopy
	// SbDropOnSite and SbDropOnMap say where a part dropped elsewhere
	// goes.
	SbDropOnSite
	SbDropOnMap
	// SbRemoved says a site dragged off the map was taken away.
	SbRemoved
	// SbLineMode says how the parts along a tapped copy line now take
	// over: %[1]s and %[5]s are its sites, %[6]s the way, %[3]d how many
	// parts.
	SbLineMode
	// SbPutFireRoom says a room tapped in the cut-away is where the fire
	// now starts: %[1]s the site, %[7]s the room.
	SbPutFireRoom
	// SbInsideHint tells the reader to tap a room.
	SbInsideHint
	// SbMapWideBtn and SbMapCloseBtn label the map's zoom button (what
	// a press does); SbMapWide and SbMapClose say what the map shows
	// after one.
	SbMapWideBtn
	SbMapCloseBtn
	// SbUPSWhere and SbWallWhere say where a UPS string or a fire wall
	// dropped in the wrong room of the cut-away goes.
	SbUPSWhere
	SbWallWhere
	// SbTookGen, SbTookUPS and SbTookWall say what a part dragged out
	// of the building took away (%[1]s the site, %[3]d what is left);
	// SbTakeOutHint says where to let it go.
	SbTookGen
	SbTookUPS
	SbTookWall
	SbTakeOutHint
	// SbLineOffHint says where to let a carried copy line go;
	// SbLineRemoved what taking it away did (%[5]s the site that lost
	// its copies, %[3]d how many parts); SbLineCopies counts the parts
	// a carried line holds.
	SbLineOffHint
	SbLineRemoved
	SbLineCopies
	SbMapWide
	SbMapClose
	firstAnMsg // the Chart, Compare and Nines tabs' ids follow
)

var sbEnglish = [numMsgs]string{
	SbTabSites:        "Sites",
	SbTabServices:     "Services",
	SbTabIncident:     "Incident",
	SbTabStart:        "Start from",
	SbTabInside:       "Inside",
	SbTabChart:        "Chart",
	SbTabCompare:      "Compare",
	SbTabNines:        "Nines",
	SbUndo:            "Undo",
	SbRedo:            "Redo",
	SbCopyLink:        "Copy link",
	SbExport:          "Save file",
	SbImport:          "Open file",
	SbOpenSandbox:     "Sandbox",
	SbOpenStory:       "Story",
	SbStartIncident:   "Start the incident",
	SbWall:            "Fire walls around batteries",
	SbZoneCut:         "Cut power zone by zone",
	SbGenerators:      "Generators",
	SbFuel:            "Generator fuel",
	SbUPS:             "UPS battery",
	SbName:            "Name (type to rename)",
	SbRemoveSite:      "Remove this site",
	SbAddSite:         "+ Add a site",
	SbOn:              "on",
	SbOff:             "off",
	SbUnits:           "%d units",
	SbHours:           "%d h",
	SbMinutes:         "%d min",
	SbNoUPS:           "no UPS",
	SbModeSingle:      "One site",
	SbModeBackup:      "Backup",
	SbModeManual:      "Warm, by hand",
	SbModeAuto:        "Hot, automatic",
	SbModeActive:      "Active-active",
	SbColComponent:    "Part",
	SbColMode:         "Redundancy",
	SbColCopies:       "Copies in",
	SbPage:            "%d/%d",
	SbIncRecorded:     "As recorded",
	SbIncFire:         "Fire",
	SbIncGrid:         "Grid loss, 6 h",
	SbIncGenFail:      "Grid loss, generators fail",
	SbIncUPS:          "UPS failure",
	SbIncCut:          "Site power cut, 6 h",
	SbIncSiteLoss:     "Site destroyed",
	SbIncChaos:        "Chaos (random)",
	SbWhere:           "Where",
	SbRoom:            "Room",
	SbReroll:          "New draw",
	SbChaosDraw:       "Draw %d: %d incidents in the first two days",
	SbStartFrom:       "Start again from",
	SbFiles:           "Scenario file",
	SbCost:            "Cost %s units a year (illustrative)",
	SbOutage:          "If it strikes: %s user-hours lost · longest outage %s (%s)",
	SbDataLine:        "Data lost: %s (%s)",
	SbNoOutage:        "If it strikes: nothing goes dark",
	SbErrTooManySites: "The sandbox holds at most 8 data centers.",
	SbErrLastSite:     "A design needs at least one data center.",
	SbErrOnlyCopy:     "Some part runs only here: give it a copy elsewhere first.",
	SbErrLastCopy:     "Every part needs at least one copy.",
	SbErrOffMap:       "Data centers stand in Korea: drop it on the map.",
	SbErrRange:        "That is as far as it goes.",
	SbErrLink:         "This link is damaged or cut short; your last design is open.",
	SbErrNewer:        "This link comes from a newer Outage Lab; your last design is open.",
	SbErrTooLong:      "This link is too long to be a design; your last design is open.",
	SbErrUnknownBase:  "This link starts from a scenario this version lacks; your last design is open.",
	SbErrBroken:       "This design does not fit together; your last design is open.",
	SbErrFile:         "Cannot open that file: %s",
	SbCopied:          "Link copied: send it and your friend sees this design.",
	SbSaved:           "Saved %s",
	SbOpened:          "Opened %s",
	SbNothingToUndo:   "Nothing to undo.",
	SbNothingToRedo:   "Nothing to redo.",
	SbAdded:           "Added a data center: drag it on the map.",
	SbIntro:           "Build your own: add sites, give each part copies, then start the incident.",
	SbSiteHint:        "Tap a site to pick it; drag to move it (arrow keys too), or off the map to take it away.",
	SbFuelShort:       "Fuel",
	SbUPSShort:        "UPS",
	SbTitle:           "Sandbox: build it, burn it",
	SbSubtitle:        "Your own data centers under the same rules as the Kakao fire",
	SbDoFire:          "%s: fire in %s, %s",
	SbDoGrid:          "%s: the grid fails at %s",
	SbDoGen:           "%s: %s's generators fail to start",
	SbDoUPS:           "%s: a UPS fails at %s",
	SbDoCut:           "%s: all power to %s is cut",
	SbDoLoss:          "%s: %s is destroyed",
	SbDoNothing:       "Nothing happens: the recorded incident struck a site this design removed.",
	SbAtOnce:          "At once",
	SbNoGenerators:    "No generators",
	SbTabBuild:        "Build",
	SbTrayHint:        "Drag a part onto a data center on the map (or tap it to add it to the picked one).",
	SbTrayBuilding:    "Building",
	SbTrayServices:    "Service parts (● one copy each)",
	SbPartSite:        "Data center",
	SbPartGen:         "Generator",
	SbPartUPS:         "Battery",
	SbPartWall:        "Fire wall",
	SbPartZones:       "Zone switch",
	SbPartFire:        "Fire here",
	SbPutSite:         "%[1]s built. Drag parts onto it.",
	SbPutGen:          "Generator added to %[1]s: %[3]d of %[4]d.",
	SbPutUPS:          "Battery added to %[1]s: %[3]d of %[4]d minutes.",
	SbPutWall:         "Fire walls now close off %[1]s's battery room.",
	SbPutZones:        "%[1]s can now cut power zone by zone.",
	SbPutFire:         "The fire will start in %[1]s's battery room.",
	SbPutCopy:         "%[2]s now has a copy in %[1]s: %[3]d copies.",
	SbHasWall:         "%[1]s's battery room is walled off already.",
	SbHasZones:        "%[1]s cuts power zone by zone already.",
	SbHasFire:         "The fire starts in %[1]s already.",
	SbHasCopy:         "%[2]s runs in %[1]s already.",
	SbDropOnSite:      "Drop it on a data center on the map.",
	SbDropOnMap:       "Drop it on the map, where the data center goes.",
	SbRemoved:         "%s taken away (Undo brings it back).",
	SbLineMode:        "Copies between %[1]s and %[5]s: %[6]s (%[3]d parts). Tap the line again to change.",
	SbPutFireRoom:     "The fire now starts in %[1]s: %[7]s. Press play to watch it.",
	SbInsideHint:      "Drag parts into the building or out of it; tap a room to start the fire there.",
	SbUPSWhere:        "Battery strings go in the battery room or the UPS room.",
	SbTookGen:         "Generator taken out of %[1]s: %[3]d left.",
	SbTookUPS:         "Battery taken out of %[1]s: %[3]d minutes left.",
	SbTookWall:        "The fire wall around %[1]s's battery room is gone.",
	SbTakeOutHint:     "Let go outside the building to take it away.",
	SbLineOffHint:     "Let go off the map to take these copies away.",
	SbLineRemoved:     "Copies in %[5]s taken away (%[3]d parts); each runs in %[1]s alone.",
	SbLineCopies:      "%d copies",
	SbWallWhere:       "A fire wall closes off the battery room: drop it there.",
	SbMapWideBtn:      "All Korea",
	SbMapCloseBtn:     "Close up",
	SbMapWide:         "The map shows all of South Korea: drop a data center anywhere.",
	SbMapClose:        "The map closes in on your data centers.",
}

var sbKorean = [numMsgs]string{
	SbTabSites:        "데이터센터",
	SbTabServices:     "서비스",
	SbTabIncident:     "사고",
	SbTabStart:        "시작점",
	SbTabInside:       "건물 안",
	SbTabChart:        "차트",
	SbTabCompare:      "비교",
	SbTabNines:        "가용성",
	SbUndo:            "되돌리기",
	SbRedo:            "다시 실행",
	SbCopyLink:        "링크 복사",
	SbExport:          "파일 저장",
	SbImport:          "파일 열기",
	SbOpenSandbox:     "샌드박스",
	SbOpenStory:       "이야기",
	SbStartIncident:   "사고 일으키기",
	SbWall:            "배터리실 방화 구획벽",
	SbZoneCut:         "구역별 전원 차단",
	SbGenerators:      "발전기",
	SbFuel:            "발전기 연료",
	SbUPS:             "UPS 배터리",
	SbName:            "이름 (입력해 바꾸기)",
	SbRemoveSite:      "이 데이터센터 삭제",
	SbAddSite:         "+ 데이터센터 추가",
	SbOn:              "있음",
	SbOff:             "없음",
	SbUnits:           "%d대",
	SbHours:           "%d시간",
	SbMinutes:         "%d분",
	SbNoUPS:           "UPS 없음",
	SbModeSingle:      "한 곳만",
	SbModeBackup:      "백업",
	SbModeManual:      "수동 전환(웜)",
	SbModeAuto:        "자동 전환(핫)",
	SbModeActive:      "액티브-액티브",
	SbColComponent:    "구성 요소",
	SbColMode:         "이중화",
	SbColCopies:       "복제본 위치",
	SbPage:            "%d/%d",
	SbIncRecorded:     "기록대로",
	SbIncFire:         "화재",
	SbIncGrid:         "정전 6시간",
	SbIncGenFail:      "정전, 발전기 고장",
	SbIncUPS:          "UPS 고장",
	SbIncCut:          "전체 전원 차단 6시간",
	SbIncSiteLoss:     "데이터센터 소실",
	SbIncChaos:        "무작위 사고",
	SbWhere:           "어디서",
	SbRoom:            "어느 방",
	SbReroll:          "다시 뽑기",
	SbChaosDraw:       "%d번째 뽑기: 이틀 안에 사고 %d건",
	SbStartFrom:       "새로 시작할 설계",
	SbFiles:           "시나리오 파일",
	SbCost:            "연간 비용 %s 단위 (예시값)",
	SbOutage:          "사고 시: 이용자 합산 %s 시간 · 최장 %s(%s)",
	SbDataLine:        "잃은 데이터: %s (%s)",
	SbNoOutage:        "사고가 나도 멈추는 서비스가 없습니다",
	SbErrTooManySites: "샌드박스에는 데이터센터를 8곳까지 둘 수 있습니다.",
	SbErrLastSite:     "설계에는 데이터센터가 한 곳 이상 있어야 합니다.",
	SbErrOnlyCopy:     "여기에만 있는 구성 요소가 있습니다. 먼저 다른 곳에 복제본을 두세요.",
	SbErrLastCopy:     "모든 구성 요소에는 복제본이 하나 이상 있어야 합니다.",
	SbErrOffMap:       "데이터센터는 한국 안에 둡니다. 지도 위에 놓으세요.",
	SbErrRange:        "더는 바꿀 수 없습니다.",
	SbErrLink:         "링크가 손상되었거나 잘렸습니다. 마지막 설계를 열었습니다.",
	SbErrNewer:        "더 새로운 버전의 Outage Lab에서 만든 링크입니다. 마지막 설계를 열었습니다.",
	SbErrTooLong:      "설계라고 보기에는 너무 긴 링크입니다. 마지막 설계를 열었습니다.",
	SbErrUnknownBase:  "이 버전에 없는 시나리오에서 시작한 링크입니다. 마지막 설계를 열었습니다.",
	SbErrBroken:       "서로 맞지 않는 설계입니다. 마지막 설계를 열었습니다.",
	SbErrFile:         "파일을 열 수 없습니다: %s",
	SbCopied:          "링크를 복사했습니다. 링크를 받은 사람도 이 설계를 그대로 볼 수 있습니다.",
	SbSaved:           "%s 저장했습니다.",
	SbOpened:          "%s 파일을 열었습니다.",
	SbNothingToUndo:   "되돌릴 것이 없습니다.",
	SbNothingToRedo:   "다시 실행할 작업이 없습니다.",
	SbAdded:           "데이터센터를 추가했습니다. 지도에서 끌어 옮기세요.",
	SbIntro:           "직접 설계해 보세요. 데이터센터를 추가하고 구성 요소마다 복제본을 둔 뒤 사고를 일으켜 보세요.",
	SbSiteHint:        "데이터센터를 눌러 고르고, 끌어서 옮기세요(화살표 키도 됩니다). 지도 밖으로 끌면 없어집니다.",
	SbFuelShort:       "연료",
	SbUPSShort:        "배터리",
	SbTitle:           "샌드박스: 직접 짓고 불 내 보기",
	SbSubtitle:        "카카오 화재와 같은 규칙으로 움직이는 나만의 데이터센터",
	SbDoFire:          "%s: %s %s에서 화재",
	SbDoGrid:          "%s: %s 외부 전력 끊김",
	SbDoGen:           "%s: %s 발전기 시동 실패",
	SbDoUPS:           "%s: %s UPS 고장",
	SbDoCut:           "%s: %s 전체 전원 차단",
	SbDoLoss:          "%s: %s 소실",
	SbDoNothing:       "아무 일도 없습니다. 기록된 사고가 난 데이터센터가 이 설계에는 없습니다.",
	SbAtOnce:          "즉시",
	SbNoGenerators:    "발전기 없음",
	SbTabBuild:        "짓기",
	SbTrayHint:        "부품을 지도 위 데이터센터로 끌어다 놓으세요(누르면 선택한 데이터센터에 추가됩니다).",
	SbTrayBuilding:    "건물",
	SbTrayServices:    "서비스 구성 요소(● = 복제본 1개)",
	SbPartSite:        "데이터센터",
	SbPartGen:         "발전기",
	SbPartUPS:         "배터리",
	SbPartWall:        "방화 구획벽",
	SbPartZones:       "구역 차단",
	SbPartFire:        "발화 지점",
	SbPutSite:         "%[1]s 완공. 부품을 끌어다 놓으세요.",
	SbPutGen:          "%[1]s에 발전기 추가: 이제 %[3]d대 (최대 %[4]d대)",
	SbPutUPS:          "%[1]s에 배터리 추가: 이제 %[3]d분 (최대 %[4]d분)",
	SbPutWall:         "%[1]s 배터리실을 방화 구획벽으로 막았습니다.",
	SbPutZones:        "이제 %[1]s에서 구역별로 전원을 끊을 수 있습니다.",
	SbPutFire:         "화재는 %[1]s 배터리실에서 시작합니다.",
	SbPutCopy:         "%[2]s 복제본을 %[1]s에 두었습니다: 복제본 %[3]d개",
	SbHasWall:         "%[1]s 배터리실은 이미 방화 구획벽으로 막혀 있습니다.",
	SbHasZones:        "%[1]s에서는 이미 구역별로 전원을 끊습니다.",
	SbHasFire:         "화재는 이미 %[1]s에서 시작합니다.",
	SbHasCopy:         "%[2]s: 이미 %[1]s에서 돌아갑니다.",
	SbDropOnSite:      "지도 위 데이터센터에 놓으세요.",
	SbDropOnMap:       "데이터센터를 지을 지도 위에 놓으세요.",
	SbRemoved:         "%s 삭제됨. ‘되돌리기’로 되살릴 수 있습니다.",
	SbLineMode:        "%[1]s–%[5]s 복제본: %[6]s (구성 요소 %[3]d개). 선을 다시 누르면 바뀝니다.",
	SbPutFireRoom:     "화재는 이제 %[1]s %[7]s에서 시작합니다. 재생을 눌러 보세요.",
	SbInsideHint:      "부품을 건물 안팎으로 끌어 옮기고, 방을 누르면 그곳에서 불이 납니다.",
	SbUPSWhere:        "배터리는 배터리실이나 UPS실에 둡니다.",
	SbTookGen:         "%[1]s에서 발전기를 뺐습니다: 이제 %[3]d대",
	SbTookUPS:         "%[1]s에서 배터리를 뺐습니다: 이제 %[3]d분",
	SbTookWall:        "%[1]s 배터리실의 방화 구획벽을 없앴습니다.",
	SbTakeOutHint:     "건물 밖에 놓으면 없어집니다.",
	SbLineOffHint:     "지도 밖에 놓으면 이 복제본들이 없어집니다.",
	SbLineRemoved:     "%[5]s의 복제본을 없앴습니다(구성 요소 %[3]d개). 이제 %[1]s에서만 돌아갑니다.",
	SbLineCopies:      "복제본 %d개",
	SbWallWhere:       "방화 구획벽은 배터리실을 막습니다. 배터리실에 놓으세요.",
	SbMapWideBtn:      "전국 보기",
	SbMapCloseBtn:     "가까이 보기",
	SbMapWide:         "지도에 전국이 표시됩니다. 어디에든 데이터센터를 놓을 수 있습니다.",
	SbMapClose:        "내 데이터센터 주변을 확대해 보여 줍니다.",
}

// problemMsg returns the message for a refused edit or link.
func problemMsg(c design.Code) Msg {
	switch c {
	case design.ErrTooManySites:
		return SbErrTooManySites
	case design.ErrLastSite:
		return SbErrLastSite
	case design.ErrOnlyCopy:
		return SbErrOnlyCopy
	case design.ErrLastCopy:
		return SbErrLastCopy
	case design.ErrOffMap:
		return SbErrOffMap
	case design.ErrRange:
		return SbErrRange
	case design.ErrLink:
		return SbErrLink
	case design.ErrNewer:
		return SbErrNewer
	case design.ErrTooLong:
		return SbErrTooLong
	case design.ErrUnknownBase:
		return SbErrUnknownBase
	}
	return SbErrBroken
}

// ModeMsg names redundancy mode m.
func ModeMsg(m sim.Mode) Msg { return SbModeSingle + Msg(design.ModeIndex(m)) }

// IncidentMsg names incident kind k.
func IncidentMsg(k design.IncidentKind) Msg {
	switch k {
	case design.IncRecorded:
		return SbIncRecorded
	case design.IncGridLoss:
		return SbIncGrid
	case design.IncGenFail:
		return SbIncGenFail
	case design.IncUPSFail:
		return SbIncUPS
	case design.IncPowerCut:
		return SbIncCut
	case design.IncSiteLoss:
		return SbIncSiteLoss
	case design.IncChaos:
		return SbIncChaos
	}
	return SbIncFire
}

// Big formats a large count for a one-line summary: "3.5 billion" or
// "35억 2,800만" (Korean counts in 만 and 억 as people do).
func Big(n int64, l report.Lang) string {
	if l == report.Korean {
		if n >= 100_000_000 {
			n -= n % 1_000_000 // keep 억 and the first two digits of 만
		}
		return report.Count(n, l)
	}
	if n >= 1_000_000_000 {
		return strings.TrimSuffix(fmt.Sprintf("%.1f", float64(n)/1e9), ".0") + " billion"
	}
	return People(n, l)
}
