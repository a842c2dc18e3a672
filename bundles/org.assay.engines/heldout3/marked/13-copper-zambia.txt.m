#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 INDIRECT ASSERTED
#C4 INDIRECT ASSERTED
#C5 DIRECT_QUOTE ASSERTED
#C6 INDIRECT ASSERTED
#C7 INDIRECT HEDGED
#C8 UNATTRIBUTED HEDGED
#C9 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
[[ZAMBIA|LOCATION]] COPPER OUTPUT HITS RECORD DESPITE POWER CUTS

[[LUSAKA|LOCATION]], [[Jan. 28|DATE]] ([[Xinhua|ORGANIZATION]]) -- {C1|[[Zambia|LOCATION]] produced [[about 820,000|QUANTITY]] tonnes of copper in [[2025|DATE]], the most on record}, {S1|the [[Ministry of Mines and Minerals Development|ORGANIZATION]]} {U1|said} on [[Tuesday|DATE]].

{F1|Output at [[First Quantum Minerals|ORGANIZATION]]' [[Kansanshi|LOCATION]] mine rose [[9|QUANTITY]] percent}, while [[Mopani Copper Mines|ORGANIZATION]], which was sold to an [[Abu Dhabi|LOCATION]] group in [[2024|DATE]], doubled its production.

{S2|[[Thandiwe Phiri|PERSON]], chief executive of the [[Zambia Chamber of Mines|ORGANIZATION]]}, {U2|said} {C2|the industry had kept growing only because most large mines now buy power from [[Mozambique|LOCATION]] and [[South Africa|LOCATION]] or run their own generators}.

{C3|State utility [[ZESCO|ORGANIZATION]] has cut supplies to households for [[up to 17|QUANTITY]] hours a day since the drought emptied [[Lake Kariba|LOCATION]]}, {U3|according to} {S3|the [[Energy Regulation Board|ORGANIZATION]]}. {S9|Residents of [[Kitwe|LOCATION]], the largest city in the [[Copperbelt|LOCATION]]}, {U9|complain} that {C9|the mines get power while their homes sit in darkness}.

{S4|The government} {U4|aims} {C4|to raise output to [[3 million|QUANTITY]] tonnes a year by [[2031|DATE]]}. "{C5|We are [[a third|QUANTITY]] of the way there, and the direction is right}," {S5|Mines Minister [[Chanda Mwale|PERSON]]} {U5|told} reporters in [[Lusaka|LOCATION]].

{S6|The [[International Monetary Fund|ORGANIZATION]]} {U6|forecasts} {C6|growth of [[6.2|QUANTITY]] percent in [[2026|DATE]]}, and {S7|analysts at [[Absa|ORGANIZATION]]} {U7|believe} {C7|copper prices near [[$11,000|QUANTITY]] a tonne are likely to hold}.

{F2|Shares of [[First Quantum|ORGANIZATION]], which is listed in [[Toronto|LOCATION]], rose [[1.8|QUANTITY]] percent}. {C8|The kwacha appeared to shrug off the figures, trading flat against the [[U.S.|LOCATION]] dollar}.

{F3|Copper accounts for [[about 70|QUANTITY]] percent of [[Zambia|LOCATION]]'s export earnings}. [[Zambia|LOCATION]] restructured most of its foreign debt after defaulting in [[2020|DATE]] and is counting on copper to pay down what remains.

(Editing by [[Peter Mwansa|PERSON]])
