#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 MIXED ASSERTED
#C4 MIXED ASSERTED
#C5 INDIRECT ASSERTED
#C6 INDIRECT ASSERTED
#C7 UNATTRIBUTED HEDGED
#C8 DIRECT_QUOTE ASSERTED
#C9 INDIRECT UNCERTAIN
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
#F4 UNATTRIBUTED ASSERTED
[[Hydro-Québec|ORGANIZATION]] veut doubler sa production éolienne d'ici [[2035|DATE]]

[[MONTRÉAL|LOCATION]] ([[La Presse Canadienne|ORGANIZATION]]) - {C1|[[Hydro-Québec|ORGANIZATION]] compte ajouter [[environ 10 000|QUANTITY]] mégawatts d'énergie éolienne d'ici [[2035|DATE]]}, {U1|a indiqué} [[mardi|DATE]] {S1|{S2|la société d'État}}, qui {U2|estime} que {C2|la demande d'électricité au [[Québec|LOCATION]] augmentera de [[25|QUANTITY]] % au cours de [[la prochaine décennie|DATE]]}.

{F1|Le plan, évalué à [[45 milliards|QUANTITY]] de dollars, prévoit [[une vingtaine|QUANTITY]] de parcs éoliens sur la [[Côte-Nord|LOCATION]] et au [[Saguenay–Lac-Saint-Jean|LOCATION]]}, en partenariat avec des communautés autochtones.

{S3|Le chef de la communauté innue de [[Uashat mak Mani-utenam|LOCATION]], [[Denis Pinette|PERSON]]}, a salué une entente qu'il juge équitable, tout en {U3|affirmant} que {C3|les familles de chasseurs seront consultées « avant chaque éolienne »}.

{S4|{S5|Le [[Parti québécois|ORGANIZATION]] ([[PQ|ORGANIZATION]])}} {U4|a dénoncé} {C4|un plan « improvisé »} et {U5|réclamé} {C5|une commission parlementaire}.

{U6|Selon} {S6|l'[[Institut de la statistique du Québec|ORGANIZATION]]}, {C6|la consommation d'électricité des ménages a augmenté de [[4,1|QUANTITY]] % en [[2024|DATE]]}. {F2|[[Hydro-Québec|ORGANIZATION]] avait relevé ses tarifs résidentiels de [[3|QUANTITY]] % [[le mois dernier|DATE]]}.

{S9|Des groupes environnementaux, dont [[Nature Québec|ORGANIZATION]]}, {U9|craignent} que {C9|les nouveaux parcs ne fragmentent l'habitat du caribou forestier}, une espèce menacée. {F4|Les hardes de la [[Côte-Nord|LOCATION]] ont perdu [[près de la moitié|QUANTITY]] de leurs effectifs en [[vingt|QUANTITY]] ans}.

{C7|La société aurait déjà réservé des terrains près de [[Baie-Comeau|LOCATION]] et de [[Sept-Îles|LOCATION]]}.

« {C8|Pour électrifier les transports et les usines, il faut plus que les barrages d'hier} », {U8|a résumé} {S8|le vice-président à la planification, [[Marc-André Tremblay|PERSON]]}, lors d'une conférence de presse à [[Montréal|LOCATION]].

{F3|Les exportations vers l'État de [[New York|LOCATION]], qui ont débuté en [[mai|DATE]] grâce à une nouvelle ligne de transport, représentent [[environ 9|QUANTITY]] % des ventes de la société}.
