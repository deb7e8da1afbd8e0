package ui

// Message ids of the sandbox's Chart, Compare and Nines tabs.
const (
	AnSavePNG Msg = firstAnMsg + iota
	AnSaveCSV
	AnSavedFile
	AnChartOut
	AnChartHint
	AnChartPeak
	AnUp
	AnDegraded
	AnDown
	AnVersus
	AnVersusStart
	AnVsKakao
	AnVsPlan
	AnVsNaver
	AnNinesFit
	AnRTOHorizon
	AnCmpSame
	AnCmpTotals
	// AnCmpData adds a side's data lost to its totals.
	AnCmpData
	AnCmpChanges
	AnCmpNoChange
	AnCmpMore
	// AnCmpRowHours, AnCmpRowCost and AnCmpRowData name a phone's
	// comparison table's rows of totals.
	AnCmpRowHours
	AnCmpRowCost
	AnCmpRowData
	AnChOwner
	AnChSiteAdded
	AnChSiteGone
	AnChCopies
	AnNinesRun
	AnNinesCancel
	AnNinesIntro
	AnNinesMeasuring
	AnNinesYears
	AnNinesCancelled
	AnNinesDone
	AnNinesAxis
	AnNinesTiers
	AnNinesFormula
	AnRPONone
	AnRPOUpTo
	AnRPOAll
	AnNinesRTO
	AnNinesRPO
	AnNinesPerYear
	AnFooter
	AnNinesFigure
	// AnNinesFigureShort is AnNinesFigure without the interval, for a
	// phone's row.
	AnNinesFigureShort
	AnYourDesign
	numMsgs
)

var anEnglish = [numMsgs]string{
	AnSavePNG:          "Save picture",
	AnSaveCSV:          "Save data (CSV)",
	AnSavedFile:        "Saved %s",
	AnChartOut:         "People without service",
	AnChartHint:        "Press the chart to jump there",
	AnChartPeak:        "peak %s",
	AnUp:               "works",
	AnDegraded:         "partly",
	AnDown:             "dark",
	AnVersus:           "Set your design beside:",
	AnVersusStart:      "Where you started",
	AnVsKakao:          "Kakao 2022",
	AnVsPlan:           "Kakao's plan",
	AnVsNaver:          "Naver 2022",
	AnNinesFit:         "The formula falls inside the interval for %d of %d apps.",
	AnRTOHorizon:       "%d days or more",
	AnCmpSame:          "Same incident for both: %s",
	AnCmpTotals:        "%s user-hours · longest %s · cost %s",
	AnCmpData:          " · data lost: %s",
	AnCmpChanges:       "What differs from yours:",
	AnCmpNoChange:      "No difference in sites, power or redundancy.",
	AnCmpMore:          "…and %d more",
	AnCmpRowHours:      "User-hours lost",
	AnCmpRowCost:       "Cost",
	AnCmpRowData:       "Data lost",
	AnChOwner:          "Operator: %s → %s",
	AnChSiteAdded:      "Adds a data center: %s",
	AnChSiteGone:       "Has no data center: %s",
	AnChCopies:         "%s: copies in %d → %d data centers",
	AnNinesRun:         "Run 10,000 years",
	AnNinesCancel:      "Cancel",
	AnNinesIntro:       "10,000 years of random fires, grid losses, generators that fail to start, UPS failures, power cuts and botched switches. Rates are illustrative.",
	AnNinesMeasuring:   "Running each kind of incident once…",
	AnNinesYears:       "Year %s of %s",
	AnNinesCancelled:   "Cancelled after %s years.",
	AnNinesDone:        "%s years. The bars and their 95%% intervals are the simulation; the white tick is the textbook formula.",
	AnNinesAxis:        "hours down a year",
	AnNinesTiers:       "Uptime Tiers, building alone [S131]",
	AnNinesFormula:     "formula %s",
	AnRPONone:          "none",
	AnRPOUpTo:          "up to %s",
	AnRPOAll:           "all of it",
	AnNinesRTO:         "longest %s",
	AnNinesRPO:         "data lost: %s",
	AnNinesPerYear:     "%s a year",
	AnNinesFigure:      "%s (%s–%s) · %.1f nines",
	AnNinesFigureShort: "%s · %.1f nines",
	AnYourDesign:       "Your design",
	AnFooter:           "Outage Lab: a simulation under the model's rules, not a record. Costs and incident rates are illustrative.",
}

var anKorean = [numMsgs]string{
	AnSavePNG:          "그림 저장",
	AnSaveCSV:          "데이터 저장 (CSV)",
	AnSavedFile:        "%s 저장했습니다.",
	AnChartOut:         "서비스를 못 쓰는 사람",
	AnChartHint:        "차트를 누르면 해당 시각으로 이동합니다",
	AnChartPeak:        "최대 %s",
	AnUp:               "정상",
	AnDegraded:         "일부 장애",
	AnDown:             "먹통",
	AnVersus:           "내 설계와 비교:",
	AnVersusStart:      "처음 설계",
	AnVsKakao:          "카카오 2022",
	AnVsPlan:           "카카오 개선안",
	AnVsNaver:          "네이버 2022",
	AnNinesFit:         "앱 %[2]d개 중 %[1]d개는 공식 값이 신뢰구간 안에 있습니다.",
	AnRTOHorizon:       "%d일 이상",
	AnCmpSame:          "같은 사고로 비교(%s)",
	AnCmpTotals:        "이용자 합산 %s 시간 · 최장 %s · 비용 %s",
	AnCmpData:          " · 잃은 데이터: %s",
	AnCmpChanges:       "내 설계와 다른 점:",
	AnCmpNoChange:      "데이터센터, 전원, 이중화에 다른 점이 없습니다.",
	AnCmpMore:          "…외 %d개",
	AnCmpRowHours:      "이용자 합산 시간",
	AnCmpRowCost:       "비용",
	AnCmpRowData:       "잃은 데이터",
	AnChOwner:          "운영사: %s → %s",
	AnChSiteAdded:      "데이터센터 추가: %s",
	AnChSiteGone:       "데이터센터 삭제: %s",
	AnChCopies:         "%s: 복제본 %d곳 → %d곳",
	AnNinesRun:         "1만 년 돌려 보기",
	AnNinesCancel:      "취소",
	AnNinesIntro:       "1만 년 동안 화재, 정전, 발전기 시동 실패, UPS 고장, 전원 차단, 전환 실수를 무작위로 일으킵니다. 빈도는 예시값입니다.",
	AnNinesMeasuring:   "사고 종류마다 한 번씩 돌리는 중…",
	AnNinesYears:       "%[2]s년 중 %[1]s년째",
	AnNinesCancelled:   "%s년 뒤 취소했습니다.",
	AnNinesDone:        "%s 년 시뮬레이션 결과입니다. 막대와 95%% 신뢰구간은 시뮬레이션 값, 흰 눈금은 교과서 공식 값입니다.",
	AnNinesAxis:        "연간 중단 시간",
	AnNinesTiers:       "업타임 티어(건물 기준) [S131]",
	AnNinesFormula:     "공식 %s",
	AnRPONone:          "없음",
	AnRPOUpTo:          "최대 %s",
	AnRPOAll:           "전부",
	AnNinesRTO:         "최장 %s",
	AnNinesRPO:         "잃은 데이터 %s",
	AnNinesPerYear:     "연간 %s",
	AnNinesFigure:      "%s (%s–%s) · %.1f 나인",
	AnNinesFigureShort: "%s · %.1f 나인",
	AnYourDesign:       "내 설계",
	AnFooter:           "Outage Lab: 모델 규칙에 따른 시뮬레이션 결과이며 실제 기록이 아닙니다. 비용과 사고 빈도는 예시값입니다.",
}
