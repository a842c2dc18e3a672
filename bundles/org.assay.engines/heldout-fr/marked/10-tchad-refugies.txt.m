#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 MIXED ASSERTED
#C4 INDIRECT ASSERTED
#C5 INDIRECT DENIED
#C6 UNATTRIBUTED HEDGED
#C7 INDIRECT ASSERTED
#C8 DIRECT_QUOTE ASSERTED
#C9 INDIRECT ASSERTED
#C10 MIXED ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
[[Tchad|LOCATION]] : l'afflux de réfugiés soudanais continue à [[Adré|LOCATION]]

[[N'DJAMENA|LOCATION]], [[9 octobre|DATE]] ([[AFP|ORGANIZATION]]) - {C1|[[Plus de 20 000|QUANTITY]] réfugiés soudanais sont arrivés au [[Tchad|LOCATION]] [[la semaine dernière|DATE]], fuyant les combats autour d'[[El-Facher|LOCATION]]}, {U1|a déclaré} [[jeudi|DATE]] {S1|le [[Haut-Commissariat des Nations unies pour les réfugiés|ORGANIZATION]] ([[HCR|ORGANIZATION]])}. {C2|Le pays accueille désormais [[plus de 1,2 million|QUANTITY]] de réfugiés venus du [[Soudan|LOCATION]]}, {U2|selon} {S2|l'agence onusienne}.

{S3|La représentante du [[HCR|ORGANIZATION]] au [[Tchad|LOCATION]], Mme [[Awa Sy|PERSON]]}, {U3|a averti} que {C3|les stocks de nourriture seraient épuisés « d'ici à la fin de [[novembre|DATE]] » si rien ne changeait}. {F1|Le plan de réponse humanitaire pour le [[Tchad|LOCATION]] n'est financé qu'à [[22|QUANTITY]] %}.

{S4|[[Médecins sans frontières|ORGANIZATION]] ([[MSF|ORGANIZATION]])}, qui gère l'hôpital d'[[Adré|LOCATION]], {U4|a fait état} de {C4|[[plusieurs dizaines|QUANTITY]] de blessés par balle admis en [[trois|QUANTITY]] jours}. {S5|Les [[Forces de soutien rapide|ORGANIZATION]] ([[FSR|ORGANIZATION]])}, qui contrôlent la quasi-totalité du [[Darfour|LOCATION]], {U5|ont démenti} {C5|avoir pris des civils pour cible}.

{C6|[[Des milliers|QUANTITY]] de personnes seraient encore bloquées côté soudanais}, faute de véhicules. {F2|Le camp de [[Farchana|LOCATION]], prévu pour [[30 000|QUANTITY]] personnes, en abrite désormais [[près de 60 000|QUANTITY]]}.

« {C8|Nous avons marché [[quatre|QUANTITY]] jours. Mon mari est resté là-bas} », {U8|confie} {S8|[[Halima Abakar|PERSON]], [[32|QUANTITY]] ans}, assise sous une bâche avec ses [[cinq|QUANTITY]] enfants.

{S9|Le ministre de l'Action sociale, M. [[Abdelkerim Mahamat|PERSON]]}, {U9|a assuré} que {C9|le gouvernement ouvrirait [[deux|QUANTITY]] nouveaux camps avant la saison sèche}, et {S7|les [[États-Unis|LOCATION]]} {U7|ont annoncé} {C7|une aide supplémentaire de [[25 millions|QUANTITY]] de dollars}, versée au [[Programme alimentaire mondial|ORGANIZATION]].

La guerre au [[Soudan|LOCATION]] oppose depuis [[avril 2023|DATE]] l'armée régulière aux [[FSR|ORGANIZATION]]. {S10|L'[[ONU|ORGANIZATION]]} {U10|qualifie} {C10|ce conflit de « pire crise humanitaire au monde »}.
