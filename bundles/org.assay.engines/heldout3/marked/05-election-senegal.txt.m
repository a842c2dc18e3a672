#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 INDIRECT ASSERTED
#C4 DIRECT_QUOTE ASSERTED
#C5 INDIRECT ASSERTED
#C6 UNATTRIBUTED HEDGED
#C7 INDIRECT ASSERTED
#C8 MIXED ASSERTED
#F1 UNATTRIBUTED ASSERTED
Ruling Party Claims Sweep in [[Senegal|LOCATION]]'s Local Elections

By [[Aminata Diouf|PERSON]]

[[DAKAR|LOCATION]] ([[AFP|ORGANIZATION]]) - {S1|[[Senegal|LOCATION]]'s ruling [[PASTEF|ORGANIZATION]] party} {U1|said} on [[Monday|DATE]] that {C1|it had won control of [[at least 400|QUANTITY]] of the country's [[599|QUANTITY]] municipalities in [[Sunday|DATE]]'s local elections}. {S2|Opposition leaders} {U2|said} {C2|the claim was premature because results from [[Dakar|LOCATION]] and [[Touba|LOCATION]] had yet to be published}.

{S3|The [[Autonomous National Electoral Commission|ORGANIZATION]] ([[CENA|ORGANIZATION]])} {U3|said} {C3|turnout was [[41.2|QUANTITY]] percent, down from [[46|QUANTITY]] percent in [[2022|DATE]]}, and that {C3|final results would be published by [[Friday|DATE]]}. {F1|[[About 7.3 million|QUANTITY]] people were registered to vote}.

Provisional results in the largest cities (winning list, share of the vote):
[[Dakar|LOCATION]]       [[PASTEF|ORGANIZATION]]                  48.3%
[[Pikine|LOCATION]]      [[Takku Wallu Sénégal|ORGANIZATION]]     39.0%
[[Thiès|LOCATION]]       [[PASTEF|ORGANIZATION]]                  52.7%
[[Touba|LOCATION]]       not yet published

"{C4|People voted for the ones who fix the roads and collect the rubbish}," {U4|said} {S4|[[Ousmane Faye|PERSON]], a [[PASTEF|ORGANIZATION]] candidate who won in [[Guédiawaye|LOCATION]]}.

{C5|Turnout in the capital was the lowest in [[two|QUANTITY]] decades}, {U5|according to} {S5|[[Babacar Ndiaye|PERSON]] of the election observer group [[COSCE|ORGANIZATION]]}, which deployed [[1,500|QUANTITY]] monitors across the country.

{C6|Several opposition mayors in the suburbs are reported to have conceded defeat}.

{S7|Observers from the [[Economic Community of West African States|ORGANIZATION]] ([[ECOWAS|ORGANIZATION]])} {U7|described} {C7|the vote as calm and transparent}.

The elections were the first test for the government since the [[2024|DATE]] presidential election, which brought a new generation of politicians to power after years of protests.

{S8|[[Khady Ndour|PERSON]], a political scientist at [[Cheikh Anta Diop University|ORGANIZATION]]}, {U8|said} {C8|the ruling party had benefited from "a honeymoon that still has some way to run"} but that {C8|rising food prices would test its mayors within months}.
