#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 DIRECT_QUOTE ASSERTED
#C4 MIXED ASSERTED
#C5 INDIRECT ASSERTED
#C6 UNATTRIBUTED UNCERTAIN
#C7 INDIRECT DENIED
#C8 DIRECT_QUOTE ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
Malaysian Court Quashes Graft Conviction of Former [[Sabah|LOCATION]] Minister

[[KUALA LUMPUR|LOCATION]] ([[Bernama|ORGANIZATION]]) - [[Malaysia|LOCATION]]'s [[Federal Court|ORGANIZATION]] on [[Thursday|DATE]] overturned the bribery conviction of a former [[Sabah|LOCATION]] state minister, Datuk [[Harun Salleh|PERSON]], and ordered his release.

{S1|A [[three|QUANTITY]]-judge panel led by Justice [[Mariana Abdullah|PERSON]]} {U1|ruled} that {C1|the [[High Court|ORGANIZATION]] had wrongly admitted recordings of telephone calls that were obtained without a warrant}.

{F1|[[Harun|PERSON]] had been sentenced in [[2023|DATE]] to [[six|QUANTITY]] years in prison and fined [[2.5 million|QUANTITY]] ringgit for accepting bribes worth [[500,000|QUANTITY]] ringgit from a timber company}.

{S2|The [[Malaysian Anti-Corruption Commission|ORGANIZATION]] ([[MACC|ORGANIZATION]])}, which brought the case in [[2021|DATE]] after a [[two|QUANTITY]]-year investigation, {U2|said} {C2|it would study the written judgment before deciding whether to seek a review}.

"{C3|Justice has been done, late but done}," {S3|his lawyer, [[Ramesh Kumaran|PERSON]]}, {U3|told} reporters outside the [[Palace of Justice|LOCATION]] in [[Putrajaya|LOCATION]]. "{C8|The prosecution built its case on evidence that was unlawful from the start}," as {S8|[[Ramesh|PERSON]]} {U8|put it}.

{S4|{S5|The anti-graft group [[Centre to Combat Corruption and Cronyism|ORGANIZATION]]}} {U4|called} {C4|the decision "a setback for accountability"} and {U5|urged} {C5|parliament to pass a law on when wiretap evidence may be used in court}.

[[Harun|PERSON]], once a state leader of the [[United Malays National Organisation|ORGANIZATION]] ([[UMNO|ORGANIZATION]]), left the party in [[2022|DATE]] to join [[Gabungan Rakyat Sabah|ORGANIZATION]], the coalition that now governs the state. {C6|He is expected to stand again in the [[Sabah|LOCATION]] election due [[next year|DATE]]}, although {S7|a spokesman for the coalition} {U7|denied} that {C7|he had been promised a seat}.

{F2|[[Malaysia|LOCATION]] scored [[50|QUANTITY]] out of [[100|QUANTITY]] in the latest corruption perceptions index compiled by [[Transparency International|ORGANIZATION]], its best result in [[five|QUANTITY]] years}.
