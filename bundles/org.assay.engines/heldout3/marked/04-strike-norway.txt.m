#C1 INDIRECT ASSERTED
#C2 MIXED ASSERTED
#C3 INDIRECT ASSERTED
#C4 INDIRECT UNCERTAIN
#C5 MIXED ASSERTED
#C6 INDIRECT ASSERTED
#C7 DIRECT_QUOTE ASSERTED
#C8 UNATTRIBUTED HEDGED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
#F4 UNATTRIBUTED ASSERTED
Offshore Strike Shuts [[Three|QUANTITY]] Norwegian Fields

[[OSLO|LOCATION]], [[June 11|DATE]] ([[NTB|ORGANIZATION]]) - {F1|[[About 900|QUANTITY]] offshore workers walked out on [[Wednesday|DATE]] after wage talks between [[two|QUANTITY]] unions and the employers broke down [[overnight|DATE]], shutting [[three|QUANTITY]] oil and gas fields in the [[North Sea|LOCATION]]}.

The strike by members of [[Industri Energi|ORGANIZATION]] and [[Lederne|ORGANIZATION]] hit platforms run by [[Nordhav Energi|ORGANIZATION]] and [[Polaris Petroleum|ORGANIZATION]]. {C1|The [[three|QUANTITY]] fields together produce [[about 180,000|QUANTITY]] barrels of oil equivalent a day}, {U1|according to} {S1|figures from the [[Norwegian Offshore Directorate|ORGANIZATION]]}.

{U3|According to} {S3|[[Industri Energi|ORGANIZATION]]}, {C3|the unions want}:
- {C3|a pay rise of [[at least 5.6|QUANTITY]] percent}
- {C3|retirement at [[62|QUANTITY]] for workers with [[20|QUANTITY]] years offshore}
- {C3|a rota of [[two|QUANTITY]] weeks on and [[four|QUANTITY]] weeks off}

{S2|[[Offshore Norge|ORGANIZATION]]}, which negotiates on behalf of the operators, {U2|said} {C2|the demands would add "billions of kroner" to costs at a time of falling prices}.

{S4|The state mediator, [[Mats Ruud|PERSON]]}, who had kept both sides talking for [[17|QUANTITY]] hours, {U4|warned} that {C4|further strikes could follow unless both sides gave ground}.

{S5|Labour Minister [[Kari Holm|PERSON]]} {U5|said} {C5|the government was following the situation closely and would decide "in the coming days" whether to order compulsory arbitration}.

{S6|[[Nordhav|ORGANIZATION]]} {U6|said} {C6|its [[Brage Sør|LOCATION]] platform had been shut down safely}. {F2|Shares of [[Nordhav|ORGANIZATION]] fell [[3.2|QUANTITY]] percent on the [[Oslo Stock Exchange|ORGANIZATION]]}, while {F3|benchmark Dutch gas prices rose [[4|QUANTITY]] percent in early trading in [[Amsterdam|LOCATION]]}.

"{C7|We did this as a last resort. The companies have made record profits and offered us crumbs}," {S7|[[Hilde Aasen|PERSON]], a union steward on [[Brage Sør|LOCATION]]}, {U7|told} [[NTB|ORGANIZATION]] by phone from [[Bergen|LOCATION]].

{F4|[[Norway|LOCATION]] supplies [[roughly 30|QUANTITY]] percent of the gas imported by the [[European Union|ORGANIZATION]]}. {C8|Buyers in [[Germany|LOCATION]] are reported to have begun drawing on storage}.
