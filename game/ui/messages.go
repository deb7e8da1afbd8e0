package ui

import (
	"fmt"

	"outagelab/sim/report"
)

// Msg names a piece of user-facing text. All of the game's own words
// live in one catalog, in English and Korean: the story's and the
// shared controls' below (Msg…), the sandbox's (Sb…, sandbox_text.go)
// and its Chart, Compare and Nines tabs' (An…, analysis_text.go).
// Sentences about simulation events come from package report.
type Msg int

// Message ids of the story and the shared controls.
const (
	MsgTitle Msg = iota
	MsgSubtitle
	MsgStartFire
	MsgReplay
	MsgIntro
	MsgLangSwitch
	MsgSpeedReal
	MsgSpeedMinute
	MsgSpeed10Min
	MsgSpeedHour
	MsgSpeed6Hours
	MsgSpeedDay
	MsgMap
	MsgInside
	MsgGrid
	MsgPowerCut
	MsgServersPowered
	MsgPhone
	MsgWithout
	MsgUp
	MsgDegraded
	MsgDown
	MsgMarkFire
	MsgMarkCut
	MsgMarkKnockdown
	MsgMarkTextBack
	MsgMarkAllBack
	MsgAfterFire
	// MsgAfterStart is MsgAfterFire for an incident that is no fire.
	MsgAfterStart
	MsgNobodyOut
	MsgPeopleOut
	MsgNoGenerators
	// MsgGenStandby, MsgGenStarting, MsgGenRunning (%d hours of fuel
	// left), MsgGenFailed and MsgGenBurned say what a site's generators
	// are doing, beside them in the cut-away.
	MsgGenStandby
	MsgGenStarting
	MsgGenRunning
	MsgGenFailed
	MsgGenBurned
	// MsgGenCut says the generators stand idle because the fire service
	// cut the whole building's power.
	MsgGenCut
	MsgOtherTenant
	MsgLegendFire
	MsgLegendDark
	MsgLegendOn
	MsgReplayNaver
	MsgReplayFix
	MsgReplayOVH
	MsgReplayDaejeon
	// MsgDataLost heads the card of the data a run lost.
	MsgDataLost
	MsgExplore
	MsgBack
	MsgNext
	// MsgFreeView labels Next on the story's last step, which opens the
	// free view.
	MsgFreeView
	MsgSources
	MsgDisputed
	MsgStepOf
	MsgDone
	MsgFixTools
	MsgFixController
	MsgFixKeys
	MsgFixActive
	MsgFixOutcome
	MsgFixGoal
	MsgHintNone
	MsgHintKeys
	MsgHintByHand
	MsgHintCloser
	MsgHintNoSwitch
	MsgHintWorks
	MsgHintWorksPart
	MsgHintNeverDark
	MsgHintNeverDarkPart
	MsgOffMap
	MsgA11yDark
	MsgA11yPart
	MsgA11yStep
	MsgAppDark
	MsgAppsDark
	MsgAppDarkDay
	MsgAppsDarkDay
	MsgNotes
	MsgGuideLink
	MsgLinkCopy
	MsgLinkTools
	MsgLinkToolsDown
	MsgUPSHere
	MsgAppPart
	MsgAppsPart
	// MsgLinkActive, MsgLinkAuto and MsgLinkManual name the sandbox's
	// copy lines by how the copy takes over.
	MsgLinkActive
	MsgLinkAuto
	MsgLinkManual
	// MsgLinkBackup names a line to where a part's backup is kept.
	MsgLinkBackup
	firstSbMsg // the sandbox's ids follow
)

// MsgCount is the number of messages: every Msg is below it.
const MsgCount = numMsgs

// storyWords holds the story's and the shared controls' messages in
// language l.
func storyWords(l report.Lang) [numMsgs]string {
	if l == report.Korean {
		return [numMsgs]string{
			MsgTitle:             "카카오가 멈춘 날",
			MsgSubtitle:          "2022년 10월 15일, SK C&C 판교 데이터센터 화재",
			MsgStartFire:         "화재 시작",
			MsgReplay:            "처음부터 다시",
			MsgIntro:             "4,750만 명이 카카오톡을 씁니다. ‘화재 시작’을 눌러 배터리 하나에서 시작된 불이 무엇을 멈췄는지 확인해 보세요.",
			MsgLangSwitch:        "English",
			MsgSpeedReal:         "실제 속도",
			MsgSpeedMinute:       "1초에 1분",
			MsgSpeed10Min:        "1초에 10분",
			MsgSpeedHour:         "1초에 1시간",
			MsgSpeed6Hours:       "1초에 6시간",
			MsgSpeedDay:          "1초에 하루",
			MsgMap:               "데이터센터 위치",
			MsgInside:            "%s 단면",
			MsgGrid:              "전력망",
			MsgPowerCut:          "건물 전체 전원 차단",
			MsgServersPowered:    "전원이 들어온 %s 서버",
			MsgPhone:             "%s 서비스",
			MsgWithout:           "%s 명 이용 불가",
			MsgUp:                "정상",
			MsgDegraded:          "일부 장애",
			MsgDown:              "먹통",
			MsgMarkFire:          "화재",
			MsgMarkCut:           "전원 차단",
			MsgMarkKnockdown:     "초진",
			MsgMarkTextBack:      "메시지 복구",
			MsgMarkAllBack:       "전체 복구",
			MsgAfterFire:         "화재 후 %s",
			MsgAfterStart:        "사고 발생 후 %s",
			MsgNobodyOut:         "모든 서비스 정상",
			MsgPeopleOut:         "%[2]s 이용 불가 %[1]s 명",
			MsgNoGenerators:      "발전기: 기록 없음",
			MsgGenStandby:        "대기",
			MsgGenStarting:       "시동 중",
			MsgGenRunning:        "가동 중 · 연료 %d시간분",
			MsgGenFailed:         "시동 실패",
			MsgGenBurned:         "소실",
			MsgGenCut:            "건물 전원과 함께 차단",
			MsgOtherTenant:       "다른 입주사",
			MsgLegendFire:        "화재",
			MsgLegendDark:        "전원 끊김",
			MsgLegendOn:          "정상 가동",
			MsgReplayNaver:       "네이버 사례 재생",
			MsgReplayFix:         "화재 다시 재생",
			MsgReplayOVH:         "OVH 2021 재생",
			MsgReplayDaejeon:     "대전 2025 재생",
			MsgDataLost:          "잃은 데이터",
			MsgExplore:           "직접 설계하기",
			MsgBack:              "이전",
			MsgNext:              "다음",
			MsgFreeView:          "둘러보기",
			MsgSources:           "출처",
			MsgDisputed:          "출처마다 설명이 엇갈림",
			MsgStepOf:            "%d / %d",
			MsgDone:              "잘했습니다. ‘다음’을 누르세요.",
			MsgFixTools:          "운영 도구를 안양에도",
			MsgFixController:     "자동 전환 시스템을 안양에도",
			MsgFixKeys:           "보안 키 저장소를 안양에도",
			MsgFixActive:         "메시지·로그인을 두 곳에서 동시에",
			MsgFixOutcome:        "카카오톡 장애 %s (실제: %s)",
			MsgFixGoal:           "하나 이상 고르고 화재를 다시 재생해 보세요. 2022년 카카오톡은 %s 동안 멈췄습니다.",
			MsgHintNone:          "달라진 것이 없습니다. 여전히 복제본으로 전환할 수 없습니다.",
			MsgHintKeys:          "메시지는 여전히 %s에 멈춥니다. 메시지에는 보안 키 저장소가 필요한데, 판교에만 있었습니다.",
			MsgHintByHand:        "도구가 살아 있어 엔지니어가 수동으로 전환하지만 몇 시간이 걸립니다. 자동 전환이나 동시 운영을 더해 보세요.",
			MsgHintCloser:        "가까워졌습니다. 아직 판교에만 있는 것을 찾아보세요.",
			MsgHintNoSwitch:      "복제본은 있지만 전환할 수단이 없습니다. 운영 도구도 자동 전환 시스템도 아직 판교에만 있습니다.",
			MsgHintWorks:         "성공입니다. 판교가 꺼져도 카카오톡은 %s만 멈춥니다.",
			MsgHintWorksPart:     "성공입니다. 카카오톡은 %s만 멈추고, 그 뒤 %s 동안 일부만 작동합니다.",
			MsgHintNeverDark:     "성공입니다. 판교가 꺼져도 카카오톡은 멈추지 않습니다.",
			MsgHintNeverDarkPart: "성공입니다. 카카오톡은 멈추지 않지만 %s 동안 일부만 작동합니다.",
			MsgOffMap:            "%s (이 지도 밖)",
			MsgA11yDark:          "먹통: %s.",
			MsgA11yPart:          "일부 장애: %s.",
			MsgA11yStep:          "%d/%d단계, %s.",
			MsgAppDark:           "%s 먹통",
			MsgAppsDark:          "%s 외 %d개 먹통",
			MsgAppDarkDay:        "%s 아직 먹통 · %d일째",
			MsgAppsDarkDay:       "%s 외 %d개 아직 먹통 · %d일째",
			MsgNotes:             "교사용 메모(N 키로 닫기)",
			MsgGuideLink:         "전체 수업 안내와 활동지: guide.html",
			MsgLinkCopy:          "데이터 복제본",
			MsgLinkTools:         "전환 도구",
			MsgLinkToolsDown:     "전환 도구 꺼짐",
			MsgLinkActive:        "둘 다 가동",
			MsgLinkAuto:          "자동 전환",
			MsgLinkManual:        "수동 전환",
			MsgLinkBackup:        "백업본",
			MsgUPSHere:           "예비 전원(UPS)이 불타는 방에",
			MsgAppPart:           "%s 일부만 작동",
			MsgAppsPart:          "%s 외 %d개 일부만 작동",
		}
	}
	return [numMsgs]string{
		MsgTitle:             "The day Kakao went dark",
		MsgSubtitle:          "SK C&C Pangyo data-center fire, 15 October 2022",
		MsgStartFire:         "Start the fire",
		MsgReplay:            "Replay from the start",
		MsgIntro:             "47.5 million people in Korea use KakaoTalk. Press “Start the fire” to see what one burning battery stopped.",
		MsgLangSwitch:        "한국어",
		MsgSpeedReal:         "real time",
		MsgSpeedMinute:       "1 min a second",
		MsgSpeed10Min:        "10 min a second",
		MsgSpeedHour:         "1 hour a second",
		MsgSpeed6Hours:       "6 hours a second",
		MsgSpeedDay:          "1 day a second",
		MsgMap:               "Where the data centers are",
		MsgInside:            "Inside: %s",
		MsgGrid:              "Grid",
		MsgPowerCut:          "Power cut to the whole building",
		MsgServersPowered:    "%s servers with power",
		MsgPhone:             "%s services",
		MsgWithout:           "%s without it",
		MsgUp:                "works",
		MsgDegraded:          "in part",
		MsgDown:              "dark",
		MsgMarkFire:          "Fire",
		MsgMarkCut:           "Power cut",
		MsgMarkKnockdown:     "Knock-down",
		MsgMarkTextBack:      "Texts back",
		MsgMarkAllBack:       "All back",
		MsgAfterFire:         "%s after the fire",
		MsgAfterStart:        "%s after it began",
		MsgNobodyOut:         "Every app works",
		MsgPeopleOut:         "%s people without %s",
		MsgNoGenerators:      "Generators: not on record",
		MsgGenStandby:        "standby",
		MsgGenStarting:       "starting",
		MsgGenRunning:        "running, %d h fuel",
		MsgGenFailed:         "failed to start",
		MsgGenBurned:         "burned",
		MsgGenCut:            "cut off with the building",
		MsgOtherTenant:       "other tenant",
		MsgLegendFire:        "on fire",
		MsgLegendDark:        "no power",
		MsgLegendOn:          "running",
		MsgReplayNaver:       "Replay with Naver",
		MsgReplayFix:         "Replay the fire",
		MsgReplayOVH:         "Replay OVH 2021",
		MsgReplayDaejeon:     "Replay Daejeon 2025",
		MsgDataLost:          "Data lost",
		MsgExplore:           "Build your own",
		MsgBack:              "Back",
		MsgNext:              "Next",
		MsgFreeView:          "Explore",
		MsgSources:           "Sources",
		MsgDisputed:          "the sources disagree",
		MsgStepOf:            "%d of %d",
		MsgDone:              "Well done. Press Next.",
		MsgFixTools:          "Ops tools in Anyang too",
		MsgFixController:     "Failover controller in Anyang too",
		MsgFixKeys:           "Key store copied to Anyang",
		MsgFixActive:         "Messaging and login in both",
		MsgFixOutcome:        "KakaoTalk out for %s (in 2022: %s)",
		MsgFixGoal:           "Tick one or more, then replay the fire. In 2022 KakaoTalk was out for %s.",
		MsgHintNone:          "Nothing changed: the copies are still out of reach.",
		MsgHintKeys:          "Messages still stop at %s: they need the security key store, and it was only in Pangyo.",
		MsgHintByHand:        "With the tools safe, engineers switch by hand, but that takes hours. Add automatic failover or run in both.",
		MsgHintCloser:        "Closer. Look for what still runs only in Pangyo.",
		MsgHintNoSwitch:      "The copies are there, but nothing can switch to them: the tools and the controller are still only in Pangyo.",
		MsgHintWorks:         "It holds: when Pangyo goes dark, KakaoTalk is dark for only %s.",
		MsgHintWorksPart:     "It holds: KakaoTalk is dark for only %s, then works in part for %s.",
		MsgHintNeverDark:     "It holds: KakaoTalk never goes dark when Pangyo does.",
		MsgHintNeverDarkPart: "It holds: KakaoTalk never goes dark, but works only in part for %s.",
		MsgOffMap:            "%s (off this map)",
		MsgA11yDark:          "Dark: %s.",
		MsgA11yPart:          "Working in part: %s.",
		MsgA11yStep:          "Step %d of %d, %s.",
		MsgAppDark:           "%s dark",
		MsgAppsDark:          "%s and %d more dark",
		MsgAppDarkDay:        "%s still dark: day %d",
		MsgAppsDarkDay:       "%s and %d more still dark: day %d",
		MsgNotes:             "Teacher's notes (N closes)",
		MsgGuideLink:         "Lesson plan and worksheet: guide.html",
		MsgLinkCopy:          "data copied",
		MsgLinkTools:         "switch-over tools",
		MsgLinkToolsDown:     "switch-over tools dark",
		MsgLinkActive:        "both live",
		MsgLinkAuto:          "auto switch",
		MsgLinkManual:        "switch by hand",
		MsgLinkBackup:        "backup kept",
		MsgUPSHere:           "Backup power (UPS) in the burning room",
		MsgAppPart:           "%s works only in part",
		MsgAppsPart:          "%s and %d more work only in part",
	}
}

// words is the whole catalog, English then Korean, put together once
// from its three parts.
var words = [2][numMsgs]string{
	merge(storyWords(report.English), &sbEnglish, &anEnglish),
	merge(storyWords(report.Korean), &sbKorean, &anKorean),
}

// merge fills the messages missing from base from the other parts.
func merge(base [numMsgs]string, parts ...*[numMsgs]string) [numMsgs]string {
	for _, p := range parts {
		for id, w := range p {
			if w != "" {
				base[id] = w
			}
		}
	}
	return base
}

// Text returns message id in language l.
func Text(id Msg, l report.Lang) string {
	if l == report.Korean {
		return words[1][id]
	}
	return words[0][id]
}

// Textf formats message id in language l with args.
func Textf(id Msg, l report.Lang, args ...any) string { return fmt.Sprintf(Text(id, l), args...) }

// Short formats a number of people in a few characters for tight
// spaces: "47.5M" or "4,750만".
func Short(n int64, l report.Lang) string {
	if l == report.Korean || n < 1_000_000 {
		return report.Count(n, l)
	}
	s := fmt.Sprintf("%.1f", float64(n)/1e6)
	if s[len(s)-2:] == ".0" {
		s = s[:len(s)-2]
	}
	return s + "M"
}

// People formats a number of people compactly: "47.5 million" or
// "4,750만".
func People(n int64, l report.Lang) string {
	if l == report.Korean {
		return report.Count(n, l)
	}
	switch {
	case n >= 1_000_000:
		s := fmt.Sprintf("%.1f", float64(n)/1e6)
		if s[len(s)-2:] == ".0" {
			s = s[:len(s)-2]
		}
		return s + " million"
	}
	return report.Count(n, l)
}
