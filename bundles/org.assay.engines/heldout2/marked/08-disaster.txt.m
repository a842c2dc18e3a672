#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 DIRECT_QUOTE ASSERTED
#C4 INDIRECT HEDGED
#C5 INDIRECT ASSERTED
Landslide Buries Homes in Southern Chile

[[PUERTO MONTT|LOCATION]], [[Chile|LOCATION]] -- {C1|[[At least 11|QUANTITY]] people were killed and [[dozens|QUANTITY]] were missing after a landslide buried [[about 40|QUANTITY]] homes near the town of [[Chaitén|LOCATION]]}, {S1|emergency officials} {U1|said} on [[Sunday|DATE]].

{S2|The national disaster agency, [[Senapred|ORGANIZATION]]}, {U2|put} {C2|the number of people evacuated at [[1,200|QUANTITY]]}.

"{C3|The hillside simply gave way in the middle of the night}," {U3|said} {S3|[[Rodrigo Muñoz|PERSON]]}, a fisherman who lost his house. "{C3|We heard a roar and ran}."

{C4|Heavy rain is thought to have loosened the soil}, {S4|geologists} {U4|said}.

{S5|President [[Gabriel Boric|PERSON]]}, who flew to the area on [[Sunday afternoon|DATE]], {U5|promised} {C5|to rebuild every house that had been lost}.

Rescue teams from [[Argentina|LOCATION]] and [[Peru|LOCATION]] were expected to arrive on [[Monday|DATE]].
