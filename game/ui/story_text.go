package ui

import "outagelab/sim/report"

// storyText holds each step's title and text in English and Korean, in
// step order. A figure in braces comes from the run on screen
// (fillFigures); every other figure comes from the fact sheet, and the
// step's Sources name where.
func storyText(l report.Lang) [numSteps][2]string {
	if l == report.Korean {
		return [numSteps][2]string{
			{"한 회사의 앱으로 돌아가는 나라", "한국에서 4,750만 명이 카카오톡을 씁니다. 택시 호출과 결제, 지도, 선물하기, 메일까지 카카오로 해결합니다. 휴대폰 화면의 앱을 하나 눌러 보세요."},
			{"오후 3시 19분, 배터리 하나에 불이 붙다", "2022년 10월 15일 토요일, 카카오의 주력 데이터센터인 SK C&C 판교 데이터센터 지하 3층 배터리실의 리튬이온 UPS 배터리에서 불꽃이 튑니다. ‘화재 시작’을 누르세요."},
			{"예비 전원이 불타는 방에 있었다", "서버를 지켜야 할 UPS가 배터리실 바로 위 공간에, 카카오 전산실로 가는 전력선과 함께 있었습니다. 피해 범위는 SK C&C와 카카오의 설명이 엇갈립니다. 건물을 눌러 보세요."},
			{"{cut}, 건물 전체 전원 차단", "소방당국은 안전하게 물을 뿌리기 위해 건물 전체의 전원을 차단하게 합니다. 구역별로 전원을 끊을 방법이 없어 UPS도 발전기도 소용없습니다. 타임라인을 {cut} 이후로 끌어 보세요."},
			{"복제본은 다른 곳에, 도구는 판교에", "카카오의 데이터는 안양 등 다른 데이터센터에도 복제돼 있었습니다. 하지만 복제본으로 전환하는 도구와 시스템은 판교에만 있었습니다. ‘미완성의 다리’였던 셈입니다. 지도에서 안양을 눌러 보세요."},
			{"닷새 동안의 암흑", "메시지는 {out:talk}, 택시는 {out:taxi}, 다음 메일은 {out:mail} 만에 복구됐고, 모든 기능이 정상화되기까지 {all}이 걸렸습니다(카카오 발표 127시간 30분). 타임라인을 끝까지 끌어 보세요."},
			{"같은 건물의 네이버는 몇 시간 만에", "네이버도 판교에 서버가 있었지만, 주요 서비스는 춘천의 자체 데이터센터에 이중화해 두었습니다. 대부분 20분에서 12시간 사이에 복구됐습니다. 같은 화재를 네이버 사례로 재생해 보세요."},
			{"이번엔 여러분 차례", "카카오에 부족했던 것을 안양에 마련하고 같은 화재를 다시 재생해 보세요. 운영 도구, 자동 전환 시스템, 보안 키 저장소, 메시지·로그인 동시 운영 가운데 고르세요."},
			{"3년 뒤, 대전에서 또", "2025년 9월 26일, 대전 국가정보자원관리원에서 이전 작업 중이던 UPS 배터리에 불이 붙습니다. 정부 시스템 647개가 멈춥니다. 공무원 19만 1,000명이 쓰던 G드라이브는 다른 곳에 복제본이 없었습니다. 화재를 재생해 보세요."},
			{"데이터센터가 많다고 끝이 아니다", "텔레그램은 여러 데이터센터에 데이터를 두지만, 2018년 암스테르담 정전 때 일부 사용자가 3~4시간 동안 접속하지 못했습니다. 같은 건물에 백업을 둔 OVH 고객은 화재로 백업까지 잃었습니다. OVH 화재를 재생해 보세요."},
			{"이제 직접 해 보세요", "같은 건물에 둔 백업은 함께 불탑니다. 이중화의 수준은 가장 약한 고리가 결정합니다. 판교에서는 전환 도구가 그 고리였습니다. ‘직접 설계하기’를 눌러 나만의 데이터센터를 짓고 불을 내 보세요."},
		}
	}
	return [numSteps][2]string{
		{"A country on one company's apps", "47.5 million people in Korea use KakaoTalk, and with it Kakao's taxis, payments, maps, gifts and mail. Tap an app on the phone."},
		{"15:19: one battery ignites", "Saturday 15 October 2022. A lithium-ion UPS battery sparks in the B3 battery room of the SK C&C data center in Pangyo, Kakao's main data center. Press “Start the fire”."},
		{"The backup power is in the burning room", "The UPS units meant to keep servers running sat above the battery room, beside the power cables to Kakao's halls. SK C&C and Kakao dispute how much failed. Tap the building."},
		{"{cut}: firefighters cut all power", "To spray water safely, the fire service has the whole building switched off. There is no way to cut power zone by zone, so no UPS or generator can help. Drag the timeline past {cut}."},
		{"Copies elsewhere, tools in Pangyo", "Kakao's data was copied to other data centers such as Anyang. But the tools and the system to switch over to the copies were only in Pangyo: “an unfinished bridge”. Tap Anyang on the map."},
		{"Five days in the dark", "Texts came back after {out:talk}, taxis after {out:taxi}, Daum Mail after {out:mail}, everything after {all} (Kakao counted 127 h 30 min). Drag through the week."},
		{"Naver, same building, back in hours", "Naver also had servers in Pangyo, but its main services ran in its own Chuncheon data center and were dualised there. Most were back within 20 minutes to 12 hours. Replay the fire with Naver."},
		{"Your turn", "Give Kakao's Anyang data center what it lacked, then replay the same fire. Choose: the ops tools, the failover controller, the security key store, messaging and login running in both."},
		{"Three years later, in Daejeon", "26 September 2025: a UPS battery catches fire as it is moved at the government's data center in Daejeon. 647 systems stop. The G-Drive of 191,000 civil servants had no copy elsewhere. Replay it."},
		{"More data centers are not enough", "Telegram keeps data in several data centers, yet in 2018 a power failure in Amsterdam cut some users off for 3–4 hours. OVH customers whose backups sat in the burning building lost them. Replay OVH's fire."},
		{"Now try your own", "Backups in the same building burn too, and redundancy is only as strong as its weakest part: at Pangyo, the tools to switch over. Press “Build your own” to design data centers and burn them."},
	}
}

// StepWords returns step i's title and text in language l, their
// figures filled from the run p on screen (see fillFigures).
func StepWords(i int, l report.Lang, p *Playback) (title, text string) {
	w := storyText(l)[i]
	return fillFigures(w[0], l, p), fillFigures(w[1], l, p)
}

// notes holds the teacher's notes for each step, shown with N in
// presenter mode; assets/guide/guide.html has the whole lesson.
func notes(l report.Lang) [numSteps]string {
	if l == report.Korean {
		return [numSteps]string{
			"도입(0–3분): “어떤 앱이 멈추면 하루가 멈출까요?” 답을 칠판에 적습니다.",
			"화재 시작: 오후 3시 19분, 지하 3층 배터리실의 UPS 배터리 하나[S5][S13]. 아직 아무도 모릅니다. 첫 신고는 14분 뒤입니다[S13].",
			"예비 전원이 불 가까이에 있었습니다[S5][S10]. 피해 범위는 두 회사의 주장이 엇갈린다는 점을 짚어 주세요[S16][S22].",
			"질문: 발전기가 있었다면 도움이 됐을까요? 건물 전체 차단은 모든 경로를 끊습니다[S14].",
			"핵심: 데이터는 복제됐지만 전환 도구는 복제되지 않았습니다. ‘미완성의 다리’[S80].",
			"타임라인에서 복구 순서를 함께 읽습니다. 카카오 발표는 메시지 약 10시간, 전체 127시간 30분입니다[S33]. 시뮬레이션 결과와 비교해 보세요.",
			"비교: 네이버는 주요 서비스를 춘천에 이중화했습니다[S72][S73].",
			"짝 활동(4분): 서로 다른 조합을 시험하고 결과를 발표합니다. 보안 키 저장소를 빼면 왜 실패하는지 물어보세요.",
			"같은 실패가 3년 뒤 되풀이됐습니다. 리튬이온 UPS 화재, 같은 방의 백업[S125][S128]. 카카오는 시간을 잃었고 정부는 데이터를 영영 잃었습니다. 질문: 내 파일 가운데 다른 건물에 사본이 있는 것은?",
			"데이터센터 수보다 설계가 중요합니다: 텔레그램[S120], OVH의 백업[S98].",
			"마무리 질문: “내가 쓰는 시스템에서 가장 약한 고리는?” 활동지를 나눠 줍니다.",
		}
	}
	return [numSteps]string{
		"Opening (0–3 min): ask which apps would stop their day. List answers on the board.",
		"Start the fire: 15:19, one UPS battery in the B3 battery room [S5][S13]. Nobody knows yet: the first call comes 14 minutes later [S13].",
		"The backup power sat next to the fire [S5][S10]. Point out that the two companies disagree on how much failed [S16][S22].",
		"Ask: would a generator have helped? A whole-building cut removes every path [S14].",
		"Key idea: the data was copied, the tools to switch to it were not. “An unfinished bridge” [S80].",
		"Read the recovery order together on the timeline. Kakao's own figures: texts about 10 h, everything 127 h 30 min [S33]; compare them with the run's.",
		"Compare: Naver dualised its main services to Chuncheon [S72][S73].",
		"Pairs (4 min): try different combinations and report. Ask why leaving out the key store fails.",
		"The same failure three years on: a lithium-ion UPS fire, backups in the same room [S125][S128]. Kakao lost time; the government lost data for good. Ask: which of your files have a copy in another building?",
		"Design matters more than the number of data centers: Telegram [S120], OVH's backups [S98].",
		"Exit question: “What is the weakest part of a system you rely on?” Hand out the worksheet.",
	}
}

// StepNotes returns the teacher's notes for step i in language l.
func StepNotes(i int, l report.Lang) string { return notes(l)[i] }
