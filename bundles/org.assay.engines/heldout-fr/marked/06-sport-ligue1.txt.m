#C1 DIRECT_QUOTE ASSERTED
#C2 MIXED ASSERTED
#C3 INDIRECT ASSERTED
#C4 UNATTRIBUTED HEDGED
#C5 INDIRECT ASSERTED
#C6 MIXED ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
[[Lens|ORGANIZATION]] fait tomber [[Marseille|ORGANIZATION]], [[Lyon|ORGANIZATION]] se rapproche du podium

[[LENS|LOCATION]], [[20 avril|DATE]] ([[AFP|ORGANIZATION]]) - [[Lens|ORGANIZATION]] a battu [[Marseille|ORGANIZATION]] 2-1 [[dimanche|DATE]] au stade [[Bollaert-Delelis|LOCATION]] grâce à un doublé de son attaquant [[Théo Marchal|PERSON]], et s'installe à la quatrième place de la [[Ligue 1|ORGANIZATION]].

[[LIGUE 1|ORGANIZATION]] - 30e journée
[[Lens|ORGANIZATION]] - [[Marseille|ORGANIZATION]]      2-1
[[Lyon|ORGANIZATION]] - [[Rennes|ORGANIZATION]]         3-0
[[Paris SG|ORGANIZATION]] - [[Nice|ORGANIZATION]]       1-1
[[Lille|ORGANIZATION]] - [[Brest|ORGANIZATION]]         0-2
[[Monaco|ORGANIZATION]] - [[Nantes|ORGANIZATION]]       4-1

Classement         Pts
1. [[Paris SG|ORGANIZATION]]     70
2. [[Monaco|ORGANIZATION]]       58
3. [[Marseille|ORGANIZATION]]    56
4. [[Lens|ORGANIZATION]]         55
5. [[Lyon|ORGANIZATION]]         54

Menés dès la 8e minute sur une tête de [[Yanis Belkacem|PERSON]], les [[Sang et Or|ORGANIZATION]] ont renversé la situation en seconde période : {F1|[[Marchal|PERSON]] a égalisé à la 52e minute avant de marquer de nouveau [[dix|QUANTITY]] minutes plus tard}.

« {C1|On a montré du caractère. À la mi-temps, tout le monde y croyait encore} », {U1|a réagi} {S1|l'entraîneur lensois [[Pierre Lacombe|PERSON]]}.

{S2|L'entraîneur de l'[[OM|ORGANIZATION]], [[Diego Ferraz|PERSON]]}, dont l'équipe reste sur [[trois|QUANTITY]] matches sans victoire, {U2|a reconnu} que {C2|ses joueurs avaient « manqué d'intensité »}.

{C3|Le stade affichait complet, avec [[37 705|QUANTITY]] spectateurs}, {U3|selon} {S3|le club}. {F2|[[Quelque 2 000|QUANTITY]] supporters avaient fait le déplacement depuis [[Marseille|LOCATION]]}.

{C4|[[Marchal|PERSON]] serait suivi par plusieurs clubs anglais}. {C6|[[Lens|ORGANIZATION]] vise désormais « une place en Ligue des champions »}, comme le {U6|résume} {S6|son capitaine, [[Kevin Dufour|PERSON]]}.

{S5|La [[Ligue de football professionnel|ORGANIZATION]] ([[LFP|ORGANIZATION]])} {U5|a annoncé} {C5|l'ouverture d'une enquête après des jets de fumigènes en fin de match}.

À [[Lyon|LOCATION]], l'[[OL|ORGANIZATION]] a largement dominé [[Rennes|ORGANIZATION]] et reste au contact du podium. {F3|Le [[Paris SG|ORGANIZATION]], tenu en échec par [[Nice|ORGANIZATION]], compte toujours [[douze|QUANTITY]] points d'avance sur [[Monaco|ORGANIZATION]]}.

[[Lens|ORGANIZATION]] recevra [[Monaco|ORGANIZATION]] [[samedi prochain|DATE]].
