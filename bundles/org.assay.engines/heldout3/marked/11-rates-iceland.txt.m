#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 INDIRECT ASSERTED
#C4 INDIRECT UNCERTAIN
#C5 INDIRECT ASSERTED
#C6 DIRECT_QUOTE ASSERTED
#C7 MIXED ASSERTED
#C8 UNATTRIBUTED HEDGED
#C9 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
#F4 UNATTRIBUTED ASSERTED
[[Iceland|LOCATION]] Holds Rates as Eruption Keeps Tourists Away

[[REYKJAVIK|LOCATION]], [[Aug 20|DATE]] ([[Reuters|ORGANIZATION]]) - {S1|The [[Central Bank of Iceland|ORGANIZATION]]} kept its key interest rate at [[7.5|QUANTITY]]% on [[Wednesday|DATE]], {U1|saying} that {C1|inflation was falling more slowly than it had expected in [[May|DATE]]}.

{C2|Consumer prices rose [[4.0|QUANTITY]]% in the [[12|QUANTITY]] months to [[July|DATE]]}, {U2|according to} {S2|[[Statistics Iceland|ORGANIZATION]]}, against the bank's target of [[2.5|QUANTITY]]%.

{C3|Foreign visitor numbers fell [[6|QUANTITY]]% in [[July|DATE]] from [[a year earlier|DATE]] to [[about 260,000|QUANTITY]]}, {S3|figures from the [[Icelandic Tourist Board|ORGANIZATION]]} {U3|showed}, as a fifth eruption [[this year|DATE]] on the [[Reykjanes|LOCATION]] peninsula kept the [[Blue Lagoon|LOCATION]] closed for [[nine|QUANTITY]] days.

{S4|The [[Icelandic Meteorological Office|ORGANIZATION]]} {U4|said} {C4|the eruption near [[Grindavík|LOCATION]] could continue for weeks}. {F4|Tourism brings in [[about a third|QUANTITY]] of [[Iceland|LOCATION]]'s export earnings}, and {S9|hotel owners in [[Reykjavik|LOCATION]]} {U9|report} {C9|a wave of cancellations from American and Asian tour groups since the eruption began}.

{S5|The [[Icelandic Confederation of Labour|ORGANIZATION]] ([[ASÍ|ORGANIZATION]])}, which represents [[about 130,000|QUANTITY]] workers, {U5|warned} that {C5|high rates were pushing young families out of the housing market}.

"{C6|Every month the rate stays at this level costs a household with a typical mortgage [[about 40,000|QUANTITY]] kronur}," {S6|[[Kristín Hallgrímsdóttir|PERSON]], an economist at [[Arion Bank|ORGANIZATION]]}, {U6|said}. {S7|She} {U7|expects} {C7|the first cut in [[November|DATE]], "if the eruptions allow it"}.

{F1|[[Sweden|LOCATION]]'s [[Riksbank|ORGANIZATION]] cut its rate to [[2|QUANTITY]]% in [[June|DATE]]}, while {F2|[[Norges Bank|ORGANIZATION]] in [[Norway|LOCATION]] trimmed its rate by [[a quarter|QUANTITY]] point to [[4.25|QUANTITY]]%}.

{C8|The krona is seen as vulnerable if tourism weakens further}. {F3|It traded at [[141|QUANTITY]] to the euro on [[Wednesday|DATE]], little changed on the day}.

(Reporting by [[Jón Einarsson|PERSON]]; Editing by [[Helen Murray|PERSON]])
