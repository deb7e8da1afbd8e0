package ui

import (
	"fmt"

	"outagelab/sim/report"
)

// MsgID names a piece of user-facing text. All of the game's own words
// live in the catalog below; sentences about simulation events come
// from package report.
type MsgID int

// Message ids.
const (
	MsgTitle MsgID = iota
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
	MsgNobodyOut
	MsgPeopleOut
	MsgGenerators
	MsgNoGenerators
	MsgOtherTenant
	MsgLegendFire
	MsgLegendDark
	MsgLegendOn
	numMsgs
)

// catalog holds every message in English and Korean, in MsgID order.
func catalog(l report.Lang) [numMsgs]string {
	if l == report.Korean {
		return [numMsgs]string{
			MsgTitle:          "카카오가 멈춘 날",
			MsgSubtitle:       "2022년 10월 15일, SK C&C 판교 데이터센터 화재",
			MsgStartFire:      "화재 시작",
			MsgReplay:         "처음부터 다시",
			MsgIntro:          "4,750만 명이 카카오톡을 씁니다. 배터리 하나에서 시작된 불이 무엇을 멈췄는지 ‘화재 시작’을 눌러 보세요.",
			MsgLangSwitch:     "English",
			MsgSpeedReal:      "실제 속도",
			MsgSpeedMinute:    "1초에 1분",
			MsgSpeed10Min:     "1초에 10분",
			MsgSpeedHour:      "1초에 1시간",
			MsgSpeed6Hours:    "1초에 6시간",
			MsgSpeedDay:       "1초에 하루",
			MsgMap:            "데이터센터 위치",
			MsgInside:         "판교 데이터센터 단면",
			MsgGrid:           "전력망",
			MsgPowerCut:       "건물 전체 전원 차단",
			MsgServersPowered: "전원이 들어온 카카오 서버",
			MsgPhone:          "카카오 서비스",
			MsgWithout:        "%s명 이용 불가",
			MsgUp:             "정상",
			MsgDegraded:       "일부 장애",
			MsgDown:           "먹통",
			MsgMarkFire:       "화재",
			MsgMarkCut:        "전원 차단",
			MsgMarkKnockdown:  "초진",
			MsgMarkTextBack:   "메시지 복구",
			MsgMarkAllBack:    "전체 복구",
			MsgAfterFire:      "화재 후 %s",
			MsgNobodyOut:      "모든 서비스 정상",
			MsgPeopleOut:      "서비스를 못 쓰는 사람 %s명",
			MsgGenerators:     "발전기",
			MsgNoGenerators:   "발전기: 기록 없음",
			MsgOtherTenant:    "다른 입주사",
			MsgLegendFire:     "화재",
			MsgLegendDark:     "전원 끊김",
			MsgLegendOn:       "정상 가동",
		}
	}
	return [numMsgs]string{
		MsgTitle:          "The day Kakao went dark",
		MsgSubtitle:       "SK C&C Pangyo data-center fire, 15 October 2022",
		MsgStartFire:      "Start the fire",
		MsgReplay:         "Replay from the start",
		MsgIntro:          "47.5 million people in Korea use KakaoTalk. Press “Start the fire” to see what one burning battery stopped.",
		MsgLangSwitch:     "한국어",
		MsgSpeedReal:      "real time",
		MsgSpeedMinute:    "1 min a second",
		MsgSpeed10Min:     "10 min a second",
		MsgSpeedHour:      "1 hour a second",
		MsgSpeed6Hours:    "6 hours a second",
		MsgSpeedDay:       "1 day a second",
		MsgMap:            "Where the data centers are",
		MsgInside:         "Inside the Pangyo data center",
		MsgGrid:           "Grid",
		MsgPowerCut:       "Power cut to the whole building",
		MsgServersPowered: "Kakao servers with power",
		MsgPhone:          "Kakao apps",
		MsgWithout:        "%s without it",
		MsgUp:             "works",
		MsgDegraded:       "in part",
		MsgDown:           "dark",
		MsgMarkFire:       "Fire",
		MsgMarkCut:        "Power cut",
		MsgMarkKnockdown:  "Knock-down",
		MsgMarkTextBack:   "Texts back",
		MsgMarkAllBack:    "All back",
		MsgAfterFire:      "%s after the fire",
		MsgNobodyOut:      "Every app works",
		MsgPeopleOut:      "%s people without service",
		MsgGenerators:     "Generators",
		MsgNoGenerators:   "Generators: not on record",
		MsgOtherTenant:    "other tenant",
		MsgLegendFire:     "on fire",
		MsgLegendDark:     "no power",
		MsgLegendOn:       "running",
	}
}

// Text returns message id in language l.
func Text(id MsgID, l report.Lang) string { return catalog(l)[id] }

// Textf formats message id in language l with args.
func Textf(id MsgID, l report.Lang, args ...any) string { return fmt.Sprintf(Text(id, l), args...) }

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
