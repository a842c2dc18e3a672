#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 INDIRECT DENIED
#C4 INDIRECT ASSERTED
#C5 DIRECT_QUOTE ASSERTED
#C6 MIXED ASSERTED
#C7 UNATTRIBUTED HEDGED
#C8 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
[[Guinée|LOCATION]] : les exportations de bauxite freinées par des barrages à [[Boké|LOCATION]]

[[CONAKRY|LOCATION]], [[3 juin|DATE]] ([[Reuters|ORGANIZATION]]) - {C1|Les exportations de bauxite de la [[Guinée|LOCATION]] ont chuté d'[[environ 30|QUANTITY]] % en [[mai|DATE]], des habitants de la région de [[Boké|LOCATION]] ayant bloqué pendant plusieurs jours les routes menant au port de [[Kamsar|LOCATION]]}, {U1|ont déclaré} [[mardi|DATE]] {S1|[[deux|QUANTITY]] sources au sein du secteur}.

{C2|[[Une cinquantaine|QUANTITY]] de camions ont été incendiés et [[au moins trois|QUANTITY]] manifestants tués lors d'affrontements avec les forces de l'ordre}, {U2|d'après} {S2|des organisations de la société civile}. {S3|{S4|Le gouvernement}} {U3|a démenti} {C3|tout usage de balles réelles} et {U4|affirmé} que {C4|le calme était revenu depuis [[dimanche|DATE]]}.

« {C5|On nous promet des routes et des emplois depuis [[dix|QUANTITY]] ans, et nous n'avons que la poussière} », {U5|a lancé} {S5|[[Mamadou Saliou Diallo|PERSON]], un jeune chômeur de [[Kolaboui|LOCATION]]}.

{C6|La colère}, {U6|selon les mots de} {S6|l'économiste [[Aïssatou Barry|PERSON]]}, {C6|« vient de ce que la richesse passe sous les yeux des gens sans s'arrêter »}.

{F1|La [[Guinée|LOCATION]] a exporté [[plus de 120 millions|QUANTITY]] de tonnes de bauxite en [[2024|DATE]], essentiellement vers la [[Chine|LOCATION]]}. La [[Société minière de Boké|ORGANIZATION]] ([[SMB|ORGANIZATION]]), premier exportateur du pays, n'a pas souhaité commenter. {F2|En temps normal, [[plus de 250 000|QUANTITY]] tonnes de minerai quittent chaque jour les quais de [[Kamsar|LOCATION]]}.

Le général [[Mamadi Doumbouya|PERSON]], au pouvoir depuis un coup d'État en [[septembre 2021|DATE]], a fait de la bauxite et du minerai de fer de [[Simandou|LOCATION]] les piliers de sa politique économique. {C7|Les autorités envisageraient de créer un fonds local alimenté par une taxe sur chaque tonne exportée}.

{S8|Le [[ministère des Mines|ORGANIZATION]]} {U8|a annoncé} {C8|l'envoi d'une mission à [[Boké|LOCATION]] [[cette semaine|DATE]]}.
