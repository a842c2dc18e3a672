#C1 INDIRECT ASSERTED
#C2 INDIRECT DENIED
#C3 INDIRECT ASSERTED
#C4 DIRECT_QUOTE ASSERTED
#C7 INDIRECT ASSERTED
#C6 INDIRECT ASSERTED
Former Mayor Jailed for Bribery

[[JOHANNESBURG|LOCATION]] - {C7|A former mayor of [[Tshwane|LOCATION]] was sentenced to [[eight|QUANTITY]] years in prison on [[Thursday|DATE]] for accepting bribes from construction firms}, {S7|the [[National Prosecuting Authority|ORGANIZATION]]} {U7|said}.

{C1|[[Sipho Dlamini|PERSON]], [[61|QUANTITY]], was convicted in [[October|DATE]] of taking [[more than 3 million|QUANTITY]] rand in exchange for municipal contracts}, {S1|the authority} {U1|said} in a statement.

{S2|[[Dlamini|PERSON]]} has {U2|denied} {C2|wrongdoing} and {S3|his lawyer, [[Thandeka Mokoena|PERSON]]}, {U3|said} {C3|he would appeal}.

"{C4|This sentence sends a clear message that public office is not for sale}," {S4|Judge [[Raymond Pillay|PERSON]]} {U4|said} as he handed down the ruling in the [[Pretoria High Court|ORGANIZATION]].

{S6|Anti-corruption group [[Corruption Watch|ORGANIZATION]]} welcomed the verdict but {U6|noted} that {C6|[[two|QUANTITY]] co-accused businessmen had yet to stand trial}.
