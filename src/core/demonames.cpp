#include "demonames.h"

namespace cordee::demo {

namespace {

constexpr const char *frenchWomen[] = {
    "Hélène",    "Amélie",    "Éloïse",   "Zoé",      "Chloé",    "Léa",          "Agnès",       "Bérénice",
    "Gaëlle",    "Noémie",    "Mélanie",  "Séverine", "Solène",   "Anaïs",        "Claire",      "Camille",
    "Margaux",   "Juliette",  "Nathalie", "Sophie",   "Isabelle", "Marie-Claire", "Anne-Sophie", "Cécile",
    "Françoise", "Geneviève", "Joëlle",   "Maëlys",   "Inès",     "Sandrine",     "Valérie",     "Émilie",
    "Béatrice",  "Odile",     "Pauline",  "Lucie",    "Mathilde", "Aurélie",      "Christèle",   "Marine"};
constexpr const char *frenchMen[] = {
    "Jérôme",   "Frédéric", "Benoît",      "Cédric",    "Grégoire", "Raphaël", "Joël",   "Gaël",
    "Aurélien", "Étienne",  "Sébastien",   "Hervé",     "Loïc",     "Jérémie", "Théo",   "Clément",
    "André",    "René",     "Jean-Pierre", "Jean-Marc", "Pierre",   "Nicolas", "Thomas", "Olivier",
    "Laurent",  "Michel",   "François",    "Yannick",   "Rémi",     "Bruno",   "Pascal", "Denis",
    "Mathieu",  "Antoine",  "Hugues",      "Noël",      "Célestin", "Honoré",  "Maxime", "Florian"};
constexpr const char *frenchFamily[] = {
    "Lefèvre",   "Mercier",     "Béranger", "Guérin",    "Ménard",    "Rivière",  "Fournier", "Leclère",
    "Perrin",    "Chevallier",  "Lécuyer",  "Dupré",     "Gérard",    "Brûlé",    "Morel",    "Girard",
    "Bonnet",    "Faure",       "Roussel",  "Blanchard", "Vasseur",   "Carré",    "Lemaître", "Garnier",
    "Barbier",   "Aubert",      "Collet",   "Thévenet",  "Pelletier", "Sénéchal", "Delorme",  "Favre",
    "Bérard",    "Jacquemoud",  "Duval",    "Marchal",   "Rolland",   "Berthier", "Masson",   "Hénault",
    "Bourgeois", "Charpentier", "Picard",   "Rochat",    "Gaillard",  "Devaux",   "Lacroix",  "Tissot",
    "Forestier", "Vuillermoz",  "Mugnier",  "Chappaz",   "Bouvier",   "Dufourd",  "Genoud",   "Périllat",
    "Rey",       "Pollet",      "Besson",   "Cattin",    "Moënne",    "Évrard",   "Lefranc",  "Noël-Barral",
    "Grosjean",  "Vernay"};

constexpr const char *quebecWomen[] = {"Marie-Ève", "Geneviève",   "Josée",  "Chantal", "Mélissa",
                                       "Émilie",    "Andrée-Anne", "Karine", "Maude",   "Catherine",
                                       "Édith",     "Marie-Pier",  "Julie",  "Sylvie",  "Myriam"};
constexpr const char *quebecMen[] = {"Mathieu",    "Jean-François", "Éric",   "Sylvain",   "Guillaume",
                                     "Marc-André", "Stéphane",      "Réjean", "Gaétan",    "Louis-Philippe",
                                     "Félix",      "Simon",         "Benoît", "Alexandre", "Martin"};
constexpr const char *quebecFamily[] = {
    "Tremblay", "Gagnon",   "Bouchard", "Côté",   "Lévesque",  "Gauthier", "Bélanger", "Pelletier",
    "Bergeron", "Ouellet",  "Fortin",   "Gagné",  "Thériault", "Boucher",  "Lapointe", "Desjardins-Roy",
    "Paradis",  "Laflamme", "Bédard",   "Drouin", "Labrecque", "St-Onge"};

constexpr const char *flemishWomen[] = {"Els",   "Katrien", "Liesbeth", "An",
                                        "Griet", "Sofie",   "Annelies", "Veerle"};
constexpr const char *flemishMen[] = {"Koen", "Pieter", "Joris", "Bart", "Wim", "Stijn", "Jeroen", "Dries"};
constexpr const char *flemishFamily[] = {"Janssens", "Peeters",   "Maes",           "Vermeulen",
                                         "Claes",    "De Smet",   "Van den Broeck", "Wouters",
                                         "Goossens", "Verhoeven", "Mertens",        "De Cock"};

constexpr const char *germanWomen[] = {"Jutta", "Annegret",  "Käthe", "Ulrike",  "Sabine", "Birgit",
                                       "Dörte", "Franziska", "Lena",  "Mareike", "Regula", "Ursula"};
constexpr const char *germanMen[] = {"Jürg", "Matthias", "Sören",   "Tobias",  "Andreas", "Lukas",
                                     "Reto", "Björn",    "Florian", "Günther", "Urs",     "Stefan"};
constexpr const char *germanFamily[] = {"Müller",  "Schäfer",  "Vogt",       "Jäger",   "Böhm",   "Krüger",
                                        "Weiß",    "Schröder", "Hofstetter", "Zürcher", "Meier",  "Gerber",
                                        "Brändli", "Kessler",  "Lehmann",    "Huber",   "Köhler", "Schmid"};

constexpr const char *britishWomen[] = {"Rebecca", "Fiona", "Hannah", "Siobhan",   "Grace",
                                        "Eleanor", "Megan", "Alison", "Charlotte", "Nia"};
constexpr const char *britishMen[] = {"Gareth", "Oliver", "Callum", "Rhys", "Duncan",
                                      "Samuel", "Edward", "Liam",   "Owen", "Patrick"};
constexpr const char *britishFamily[] = {"Whitfield", "Hughes",    "Pemberton", "Clarke",    "Fairbairn",
                                         "Ashworth",  "Llewellyn", "MacLeod",   "Thornton",  "Brennan",
                                         "Harcourt",  "Griffiths", "O'Donnell", "Wainwright"};

constexpr const char *spanishWomen[] = {"María José", "Lucía",  "Begoña", "Ainhoa", "Núria", "Inés",
                                        "Pilar",      "Mónica", "Mercè",  "Rocío",  "Elena"};
constexpr const char *spanishMen[] = {"José Luis", "Íñigo",  "Jordi",  "Andrés", "Álvaro", "Joaquín",
                                      "Rubén",     "Sergio", "Xavier", "Óscar",  "Iker"};
constexpr const char *spanishFamily[] = {
    "García",     "Martínez", "López",    "Sánchez", "Pérez",  "Gómez", "Fernández", "Ruiz",
    "Etxeberria", "Puig",     "Iglesias", "Muñoz",   "Ibáñez", "Vidal", "Castaño",   "Zubiría"};

constexpr const char *italianWomen[] = {"Chiara", "Giulia",   "Francesca", "Maddalena", "Benedetta",
                                        "Ilaria", "Lucrezia", "Noemi",     "Teresa"};
constexpr const char *italianMen[] = {"Niccolò", "Matteo", "Lorenzo",  "Davide", "Giacomo",
                                      "Andrea",  "Pietro", "Federico", "Nicolò"};
constexpr const char *italianFamily[] = {"Rossi",    "Bianchi",   "Ferrari",  "Esposito",  "Colombo",
                                         "Galli",    "Fabbri",    "D'Angelo", "Marchetti", "Cattaneo",
                                         "Lombardo", "Benedetti", "Morandi"};

constexpr const char *lusoWomen[] = {"Conceição", "Luísa",    "Inês",  "Joana",   "Ana Paula", "Fernanda",
                                     "Letícia",   "Patrícia", "Tânia", "Vitória", "Graça",     "Thaís"};
constexpr const char *lusoMen[] = {"João",   "António", "Sebastião", "Luís",    "Rogério",  "Thiago",
                                   "Márcio", "Fábio",   "Caio",      "Gonçalo", "Vinícius", "Mário"};
constexpr const char *lusoFamily[] = {"Silva",    "Santos",    "Ferreira",  "Pereira",    "Gonçalves",
                                      "Araújo",   "Magalhães", "Conceição", "Simões",     "Monteiro",
                                      "Assunção", "Brandão",   "Lopes",     "Nascimento", "Falcão"};

constexpr const char *latinWomen[] = {
    "María Fernanda", "Ximena", "Valentina", "Daniela",    "Lorena", "Guadalupe", "Marisol", "Yesenia",
    "Carolina",       "Ángela", "Verónica",  "Rosa Elena", "Dayana", "Maribel",   "Sofía",   "Natalia"};
constexpr const char *latinMen[] = {"José",    "Julián",  "Martín", "Sebastián", "Hernán", "Germán",
                                    "Raúl",    "Fabián",  "Emilio", "Gustavo",   "Ramón",  "Esteban",
                                    "Nicolás", "Rodrigo", "Tomás",  "Efraín"};
constexpr const char *latinFamily[] = {
    "Hernández", "Rodríguez",  "González", "Ramírez", "Jiménez", "Vásquez", "Castillo", "Ortiz",
    "Núñez",     "Salazar",    "Cárdenas", "Benítez", "Montaño", "Peña",    "Acuña",    "Villalobos",
    "Rosales",   "Echeverría", "Quintero", "Cabrera", "Valdés",  "Solís",   "Arévalo",  "Mejía"};

constexpr const char *andeanWomen[] = {"Teresa", "Rosa",       "Nilda",   "Wara",    "Sisa",
                                       "Juana",  "Inti Killa", "Yolanda", "Eulalia", "Micaela"};
constexpr const char *andeanMen[] = {"Wilfredo", "Fausto", "Remigio", "Ayar",  "Celestino",
                                     "Percy",    "Edwin",  "Ronald",  "Rubén", "Teófilo"};
constexpr const char *andeanFamily[] = {"Mamani",   "Quispe", "Condori", "Huanca", "Choque", "Apaza",
                                        "Yupanqui", "Ticona", "Huamán",  "Chambi", "Ccori",  "Cusi"};

constexpr const char *haitianWomen[] = {"Wideline", "Nadège",   "Marie-Michelle", "Guerline",
                                        "Ketly",    "Roseline", "Mirlande",       "Fabienne"};
constexpr const char *haitianMen[] = {"Wilner",  "Jean-Robert", "Frantz",   "Wesner",
                                      "Jocelyn", "Ernst",       "Fritzner", "Dieudonné"};
constexpr const char *haitianFamily[] = {"Jean-Baptiste", "Pierre-Louis", "Célestin", "Désir",
                                         "Joseph",        "Augustin",     "Dorvil",   "Mérisier",
                                         "Thélusma",      "Saint-Fleur",  "Exantus",  "Charles"};

constexpr const char *senegalWomen[] = {"Aminata", "Fatou",   "Awa",    "Mariama", "Ndèye",    "Khady",
                                        "Coumba",  "Rokhaya", "Sokhna", "Astou",   "Dieynaba", "Maïmouna"};
constexpr const char *senegalMen[] = {"Mamadou", "Ousmane", "Cheikh",  "Abdoulaye", "Moussa", "Ibrahima",
                                      "Modou",   "Babacar", "Serigne", "Alioune",   "Pape",   "Lamine"};
constexpr const char *senegalFamily[] = {"Diop",  "Ndiaye", "Fall",  "Sow",  "Sarr", "Faye",
                                         "Guèye", "Diallo", "Mbaye", "Sy",   "Ba",   "Thiam",
                                         "Ndour", "Cissé",  "Seck",  "Niang"};

constexpr const char *mandeWomen[] = {"Kadiatou", "Oumou",  "Fatoumata", "Djénéba", "Assitan",
                                      "Salimata", "Mariam", "Nènè",      "Hawa",    "Bintou"};
constexpr const char *mandeMen[] = {"Seydou", "Boubacar", "Bakary", "Souleymane", "Drissa",
                                    "Modibo", "Sékou",    "Mamadi", "Lassana",    "Alpha"};
constexpr const char *mandeFamily[] = {"Traoré", "Keïta",   "Coulibaly", "Diarra", "Konaté",  "Camara",
                                       "Touré",  "Sangaré", "Doumbia",   "Kanté",  "Sissoko", "Bah",
                                       "Condé",  "Soumah",  "Sylla",     "Diakité"};

constexpr const char *burkinaWomen[] = {"Rasmata", "Alimata",  "Pélagie",   "Safiatou",
                                        "Zénabou", "Clarisse", "Adjaratou", "Evelyne"};
constexpr const char *burkinaMen[] = {"Issouf",  "Adama",   "Salif",  "Boukary",
                                      "Inoussa", "Hamidou", "Arouna", "Zakaria"};
constexpr const char *burkinaFamily[] = {"Ouédraogo", "Sawadogo",  "Kaboré",  "Zongo",   "Ilboudo", "Kiemdé",
                                         "Nikiéma",   "Zoungrana", "Yaméogo", "Tapsoba", "Sanou",   "Somé"};

constexpr const char *ivoryWomen[] = {"Affoué", "Akissi",   "Adjoua", "Amenan",
                                      "Ahou",   "Mariétou", "Affi",   "Nadia"};
constexpr const char *ivoryMen[] = {"Kouakou", "Yao",   "Koffi",   "Kouamé",
                                    "Brou",    "Siaka", "Yacouba", "Hermann"};
constexpr const char *ivoryFamily[] = {"Kouassi",  "Konan",   "N'Guessan", "Kouadio", "Bamba",
                                       "Ouattara", "Aka",     "Yapi",      "Tanoh",   "Goli",
                                       "Ahoua",    "Diabaté", "Yéo"};

constexpr const char *cameroonWomen[] = {"Esther", "Mbala", "Nadège", "Pélagie", "Bih",
                                         "Ebude",  "Nkeng", "Ngum",   "Ayuk"};
constexpr const char *cameroonMen[] = {"Ebénézer", "Nfor", "Achille",  "Fru",   "Tanyi",
                                       "Divine",   "Ngwa", "Emmanuel", "Blaise"};
constexpr const char *cameroonFamily[] = {"Mbarga",    "Ngono", "Tchoumi",    "Fotso",  "Essomba",
                                          "Atangana",  "Kamga", "Tchakounté", "Ndjock", "Eyenga",
                                          "Nguimfack", "Tabi",  "Fonkeng",    "Ashu",   "Nkwenti"};

constexpr const char *maghrebWomen[] = {"Fatima-Zahra", "Khadija", "Salma",   "Meriem",  "Leïla",
                                        "Nadia",        "Samira",  "Yasmine", "Imane",   "Hajar",
                                        "Amel",         "Rim",     "Sonia",   "Ghizlane"};
constexpr const char *maghrebMen[] = {"Mohamed", "Youssef", "Karim", "Hamza", "Mehdi", "Rachid", "Anis",
                                      "Hichem",  "Nabil",   "Omar",  "Tarek", "Walid", "Amine",  "Driss"};
constexpr const char *maghrebFamily[] = {"Benali", "El Amrani", "Bennani",     "Tazi",     "Chraïbi",
                                         "Alaoui", "Idrissi",   "Ben Salah",   "Trabelsi", "Gharbi",
                                         "Jaziri", "Mejri",     "Ben Youssef", "Boukhari", "Belkacem",
                                         "Lahlou", "Essaïdi",   "Ferchichi"};

constexpr const char *gbeWomen[] = {"Akouvi",  "Afi",  "Ablavi", "Sènami",
                                    "Mahouna", "Adjo", "Edwige", "Reine"};
constexpr const char *gbeMen[] = {"Kodjo", "Komla", "Kossi", "Sènou", "Codjo", "Romaric", "Gildas", "Anani"};
constexpr const char *gbeFamily[] = {"Agbodjan", "Adjovi",  "Dossou",  "Ahouansou", "Akakpo",
                                     "Gbénou",   "Sossou",  "Kpodar",  "Amégan",    "Ayivi",
                                     "Tossou",   "Hounkpè", "Agossou", "Tchédji"};

constexpr const char *hausaWomen[] = {"Zeinabou", "Hadiza", "Rakiatou", "Aïchatou", "Balkissa", "Fati"};
constexpr const char *hausaMen[] = {"Hassane", "Ibrahim", "Salissou", "Abdou", "Harouna", "Mahamane"};
constexpr const char *hausaFamily[] = {"Hamani",  "Mahamadou", "Souley", "Garba", "Maïga",
                                       "Idrissa", "Boubacar",  "Hama",   "Tanko"};

constexpr const char *malagasyWomen[] = {"Haingo", "Voahirana", "Fara", "Lalao", "Mialy", "Fanja", "Nirina"};
constexpr const char *malagasyMen[] = {"Hery", "Tahina", "Njaka", "Rado", "Toky", "Andry", "Mamy"};
constexpr const char *malagasyFamily[] = {"Rakotoarisoa",  "Randriamanana",  "Rasoanaivo",
                                          "Andrianarivo",  "Razafindrakoto", "Rakotomalala",
                                          "Randrianasolo", "Rasolofo",       "Rajaonarison"};

constexpr const char *congoWomen[] = {"Nsimba", "Mbuyi", "Kapinga", "Ngalula", "Mujinga", "Bibiche"};
constexpr const char *congoMen[] = {"Patrice", "Kalala", "Ilunga", "Trésor", "Dieumerci", "Kabeya"};
constexpr const char *congoFamily[] = {"Mukendi", "Kabongo", "Tshibanda", "Kalonji", "Lukusa",
                                       "Mulumba", "Kasongo", "Nzuzi",     "Makiese", "Mwamba"};

constexpr const char *gabonFamily[] = {"Ndong",     "Obame",  "Nzé",        "Ondo",     "Mintsa",
                                       "Moussavou", "Mouélé", "Boussougou", "Mba Ekomi"};

constexpr const char *comoroWomen[] = {"Nadjma", "Zaïnaba", "Anlia", "Chamsia", "Faïza"};
constexpr const char *comoroMen[] = {"Saïd", "Ahmed", "Anli", "Houmadi", "Nourdine"};
constexpr const char *comoroFamily[] = {"Soilihi", "Msa", "Mzé", "Madi", "Youssouf", "Abdallah", "Saïd Ali"};

constexpr const char *kanakFamily[] = {"Hnawia", "Poadja", "Wahéo", "Naouna",
                                       "Wakolo", "Hmana",  "Wéma",  "Kaloï"};

constexpr const char *vietWomen[] = {"Thị Hương", "Ngọc Ánh",  "Thu Trang", "Minh Châu",
                                     "Thanh Hà",  "Bích Ngọc", "Lan Anh"};
constexpr const char *vietMen[] = {"Văn Hùng",  "Quốc Bảo",   "Đức Anh",  "Minh Tuấn",
                                   "Hữu Phước", "Thành Long", "Quang Huy"};
constexpr const char *vietFamily[] = {"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng",
                                      "Đặng",   "Vũ",   "Bùi", "Đỗ",   "Phan"};

constexpr const char *indianWomen[] = {"Priya", "Ananya", "Kavita", "Lakshmi", "Deepa", "Meera", "Shreya"};
constexpr const char *indianMen[] = {"Arjun", "Rahul", "Vikram", "Sanjay", "Anand", "Ravi", "Nikhil"};
constexpr const char *indianFamily[] = {"Sharma", "Iyer",  "Nair",      "Banerjee", "Kulkarni",
                                        "Reddy",  "Menon", "Deshpande", "Pillai"};

constexpr const char *japanWomen[] = {"Yuki", "Aiko", "Haruka", "Emi", "Naoko", "Yōko"};
constexpr const char *japanMen[] = {"Kenji", "Takeshi", "Hiroshi", "Daisuke", "Shōta", "Ryūji"};
constexpr const char *japanFamily[] = {"Satō",     "Suzuki",   "Takahashi", "Watanabe", "Itō",
                                       "Yamamoto", "Nakamura", "Kobayashi", "Ōno"};

constexpr const char *koreaWomen[] = {"Ji-yeon", "Seo-yeon", "Min-ji", "Hye-jin", "Eun-ji"};
constexpr const char *koreaMen[] = {"Min-jun", "Ji-ho", "Seung-woo", "Dong-hyun", "Jae-sung"};
constexpr const char *koreaFamily[] = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Lim"};

constexpr const char *lebanonWomen[] = {"Rania", "Maya",  "Nour",   "Carla",
                                        "Hala",  "Zeina", "Joëlle", "Mireille"};
constexpr const char *lebanonMen[] = {"Georges", "Élie", "Fadi", "Rami", "Ziad", "Marwan", "Nabil", "Wissam"};
constexpr const char *lebanonFamily[] = {"Khoury", "Haddad", "Saab",    "Nassar",    "Karam",
                                         "Azar",   "Farès",  "Salameh", "Abi Nader", "Mouawad"};

constexpr const char *filipinoWomen[] = {"Maricel", "Jocelyn", "Analyn", "Rowena", "Kristine", "Liezl"};
constexpr const char *filipinoMen[] = {"Jomar", "Rodel", "Arnel", "Ramon", "Jericho", "Noli"};
constexpr const char *filipinoFamily[] = {"Santos",     "Reyes",     "Bautista", "Ocampo", "Mendoza",
                                          "Villanueva", "Dela Cruz", "Magbanua", "Dizon"};

constexpr const char *roomNameTable[] = {
    "Semnoz",       "Tournette",     "Parmelan",     "Salève",       "Mont Veyrier",   "Dents de Lanfon",
    "Sambuy",       "Pointe Percée", "Aravis",       "Bargy",        "Jallouvre",      "Lac du Bourget",
    "Lac Léman",    "Roselend",      "Grande Casse", "Dent Blanche", "Meije",          "Barre des Écrins",
    "Grand Combin", "Cervin",        "Mont Pourri",  "Pelvoux",      "Aiguille Verte", "Belledonne",
    "Chartreuse",   "Mont Charvin"};

struct Pool
{
    Names women;
    Names men;
    Names family;
};

Pool pool(NameStyle style)
{
    switch (style) {
    case NameStyle::French:
        return {frenchWomen, frenchMen, frenchFamily};
    case NameStyle::Quebec:
        return {quebecWomen, quebecMen, quebecFamily};
    case NameStyle::Flemish:
        return {flemishWomen, flemishMen, flemishFamily};
    case NameStyle::German:
        return {germanWomen, germanMen, germanFamily};
    case NameStyle::British:
        return {britishWomen, britishMen, britishFamily};
    case NameStyle::Spanish:
        return {spanishWomen, spanishMen, spanishFamily};
    case NameStyle::Italian:
        return {italianWomen, italianMen, italianFamily};
    case NameStyle::Lusophone:
        return {lusoWomen, lusoMen, lusoFamily};
    case NameStyle::LatinAmerican:
        return {latinWomen, latinMen, latinFamily};
    case NameStyle::Andean:
        return {andeanWomen, andeanMen, andeanFamily};
    case NameStyle::Haitian:
        return {haitianWomen, haitianMen, haitianFamily};
    case NameStyle::Senegalese:
        return {senegalWomen, senegalMen, senegalFamily};
    case NameStyle::Mande:
        return {mandeWomen, mandeMen, mandeFamily};
    case NameStyle::Burkinabe:
        return {burkinaWomen, burkinaMen, burkinaFamily};
    case NameStyle::Ivorian:
        return {ivoryWomen, ivoryMen, ivoryFamily};
    case NameStyle::Cameroonian:
        return {cameroonWomen, cameroonMen, cameroonFamily};
    case NameStyle::Maghrebi:
        return {maghrebWomen, maghrebMen, maghrebFamily};
    case NameStyle::Gbe:
        return {gbeWomen, gbeMen, gbeFamily};
    case NameStyle::Hausa:
        return {hausaWomen, hausaMen, hausaFamily};
    case NameStyle::Malagasy:
        return {malagasyWomen, malagasyMen, malagasyFamily};
    case NameStyle::Congolese:
        return {congoWomen, congoMen, congoFamily};
    case NameStyle::Gabonese:
        return {{}, {}, gabonFamily};
    case NameStyle::Comorian:
        return {comoroWomen, comoroMen, comoroFamily};
    case NameStyle::Kanak:
        return {{}, {}, kanakFamily};
    case NameStyle::Vietnamese:
        return {vietWomen, vietMen, vietFamily};
    case NameStyle::Indian:
        return {indianWomen, indianMen, indianFamily};
    case NameStyle::Japanese:
        return {japanWomen, japanMen, japanFamily};
    case NameStyle::Korean:
        return {koreaWomen, koreaMen, koreaFamily};
    case NameStyle::Lebanese:
        return {lebanonWomen, lebanonMen, lebanonFamily};
    case NameStyle::Filipino:
        return {filipinoWomen, filipinoMen, filipinoFamily};
    }
    return {frenchWomen, frenchMen, frenchFamily};
}

using S = NameStyle;
// clang-format off
constexpr CountryProfile countryTable[] = {
    {"FR", 115, S::French, 0, "fr", "en en en en es es it de pt", S::French, 0, ""},
    {"BE", 11, S::French, 0, "fr", "en en nl es de", S::Flemish, 30, "nl"},
    {"CH", 9, S::French, 0, "fr", "de en en it es", S::German, 35, "de"},
    {"LU", 4, S::French, 0, "fr", "de en lb pt", S::German, 25, "de"},
    {"ES", 9, S::Spanish, 0, "es", "en en fr ca pt", S::Spanish, 0, ""},
    {"IT", 8, S::Italian, 0, "it", "en en fr es", S::Italian, 0, ""},
    {"PT", 5, S::Lusophone, 0, "pt", "fr en en es", S::Lusophone, 0, ""},
    {"DE", 5, S::German, 0, "de", "en en fr es", S::German, 0, ""},
    {"GB", 4, S::British, 0, "en", "fr es de", S::British, 0, ""},
    {"CA", 18, S::Quebec, 15, "fr", "en en en es", S::British, 15, "en"},
    {"BR", 9, S::Lusophone, 0, "pt", "es es en fr", S::Lusophone, 0, ""},
    {"EC", 6, S::LatinAmerican, 0, "es", "en fr qu", S::Andean, 25, "es"},
    {"BO", 4, S::LatinAmerican, 0, "es", "en fr qu ay", S::Andean, 40, "es"},
    {"CO", 5, S::LatinAmerican, 0, "es", "en en fr pt", S::LatinAmerican, 0, ""},
    {"MX", 5, S::LatinAmerican, 0, "es", "en en fr", S::LatinAmerican, 0, ""},
    {"AR", 4, S::LatinAmerican, 0, "es", "en it fr pt", S::LatinAmerican, 0, ""},
    {"PE", 4, S::LatinAmerican, 0, "es", "en fr qu", S::Andean, 40, "es"},
    {"CL", 3, S::LatinAmerican, 0, "es", "en fr", S::LatinAmerican, 0, ""},
    {"DO", 3, S::LatinAmerican, 0, "es", "en fr", S::LatinAmerican, 0, ""},
    {"CR", 3, S::LatinAmerican, 0, "es", "en en fr", S::LatinAmerican, 0, ""},
    {"HT", 3, S::Haitian, 50, "fr", "ht ht en es", S::Haitian, 0, ""},
    {"SN", 13, S::Senegalese, 35, "fr", "wo wo en en es", S::Senegalese, 0, ""},
    {"CI", 10, S::Ivorian, 45, "fr", "en en es", S::Ivorian, 0, ""},
    {"ML", 9, S::Mande, 30, "fr", "bm bm en", S::Mande, 0, ""},
    {"BF", 7, S::Burkinabe, 40, "fr", "en en es", S::Burkinabe, 0, ""},
    {"CM", 9, S::Cameroonian, 40, "fr", "en en en es", S::Cameroonian, 25, "en"},
    {"MA", 9, S::Maghrebi, 10, "fr fr ar", "ar en en es fr", S::Maghrebi, 0, ""},
    {"TN", 6, S::Maghrebi, 10, "fr ar", "ar en fr it", S::Maghrebi, 0, ""},
    {"BJ", 5, S::Gbe, 45, "fr", "yo en en", S::Gbe, 0, ""},
    {"TG", 4, S::Gbe, 45, "fr", "ee en en", S::Gbe, 0, ""},
    {"NE", 3, S::Hausa, 30, "fr", "ha en", S::Hausa, 0, ""},
    {"MG", 4, S::Malagasy, 30, "fr mg", "mg fr en", S::Malagasy, 0, ""},
    {"CD", 5, S::Congolese, 40, "fr", "ln sw en", S::Congolese, 0, ""},
    {"GN", 3, S::Mande, 35, "fr", "ff en", S::Mande, 0, ""},
    {"GA", 3, S::Gabonese, 100, "fr", "en es", S::Gabonese, 0, ""},
    {"KM", 2, S::Comorian, 20, "fr", "ar en", S::Comorian, 0, ""},
    {"VN", 4, S::Vietnamese, 0, "vi", "en en fr", S::Vietnamese, 0, ""},
    {"IN", 3, S::Indian, 0, "en en hi", "hi en fr", S::Indian, 0, ""},
    {"JP", 2, S::Japanese, 0, "ja", "en en fr", S::Japanese, 0, ""},
    {"KR", 2, S::Korean, 0, "ko", "en en fr", S::Korean, 0, ""},
    {"LB", 3, S::Lebanese, 0, "fr ar", "ar en fr", S::Lebanese, 0, ""},
    {"PH", 2, S::Filipino, 0, "en", "es ja fr", S::Filipino, 0, ""},
    {"AU", 2, S::British, 0, "en", "fr es", S::British, 0, ""},
    {"NZ", 1, S::British, 0, "en", "mi fr", S::British, 0, ""},
    {"NC", 2, S::French, 0, "fr", "en en", S::Kanak, 50, "fr"},
};
// clang-format on

using K = OrgKind;
constexpr Organisation organisationTable[] = {
    // International bodies: staff come from any country.
    {"", K::International, "International Alliance of Solidarity Enterprises"},
    {"", K::International, "Global Network for Cooperative Learning"},
    {"", K::International, "Intercontinental Observatory of the Social Economy"},
    {"", K::International, "Francophone Network of Solidarity Finance"},
    {"", K::International, "World Forum of Mutual Health Schemes"},
    {"", K::International, "Ibero-American Platform for Solidarity Economy"},
    // France
    {"FR", K::Enterprise, "Coopérative Les Ateliers du Lac"},
    {"FR", K::Enterprise, "Mutuelle Solidaire des Deux Savoie"},
    {"FR", K::Enterprise, "Scop Bois et Cimes"},
    {"FR", K::Enterprise, "Banque Coopérative du Léman"},
    {"FR", K::Enterprise, "Mutuelle Assurance des Artisans Solidaires"},
    {"FR", K::Enterprise, "Coopérative d'activités Trajectoires"},
    {"FR", K::Enterprise, "Titres-Services Solidaires"},
    {"FR", K::Enterprise, "Groupe Mutualiste Horizons"},
    {"FR", K::Enterprise, "Énergies Citoyennes des Bauges"},
    {"FR", K::Enterprise, "Scic La Fabrique des Communs"},
    {"FR", K::Enterprise, "Recyclerie de la Vallée Verte"},
    {"FR", K::Union, "Union des Syndicats de l'Économie Sociale"},
    {"FR", K::Union, "Fédération Générale des Salariés Mutualistes"},
    {"FR", K::Ngo, "Réseau Territoires Solidaires"},
    {"FR", K::Ngo, "Association Finances Éthiques et Citoyennes"},
    {"FR", K::Ngo, "Collectif Terres Partagées"},
    {"FR", K::Ngo, "Fondation pour l'Entrepreneuriat Social"},
    {"FR", K::Academic, "Université des Pays de Savoie – Chaire Économie Solidaire"},
    {"FR", K::Academic, "Institut d'Études Coopératives de Lyon"},
    {"FR", K::Academic, "École Supérieure de l'Engagement Social"},
    {"FR", K::Public, "Agence Régionale de Développement Solidaire"},
    {"FR", K::Public, "Communauté d'Agglomération du Grand Lac"},
    {"FR", K::Public, "Mission Régionale pour l'Innovation Sociale"},
    // Belgium, Switzerland, Luxembourg
    {"BE", K::Enterprise, "Coopérative Financière Solidarius"},
    {"BE", K::Enterprise, "Mutualité Solidaire de Namur"},
    {"BE", K::Ngo, "Plateforme Wallonne des Entreprises Sociales"},
    {"BE", K::Ngo, "Sociale Economie Vlaanderen Netwerk"},
    {"BE", K::Academic, "Institut Mosan de Recherche Coopérative"},
    {"CH", K::Enterprise, "Coopérative Romande d'Habitation"},
    {"CH", K::Enterprise, "Genossenschaft Bergwerk Zukunft"},
    {"CH", K::Ngo, "Conseil Romand des Entreprises Sociales"},
    {"CH", K::Academic, "Institut Romand d'Études Coopératives"},
    {"CH", K::Public, "Office Cantonal de l'Insertion"},
    {"LU", K::Enterprise, "Coopérative Terres de Moselle"},
    {"LU", K::Ngo, "Union Luxembourgeoise de l'Économie Solidaire"},
    // Southern and western Europe
    {"ES", K::Enterprise, "Cooperativa Integral del Montseny"},
    {"ES", K::Enterprise, "Grupo Cooperativo Urola Berria"},
    {"ES", K::Union, "Confederación de Trabajadores Cooperativistas"},
    {"ES", K::Academic, "Universidad del Ebro – Instituto de Economía Social"},
    {"ES", K::Public, "Diputación de Valdeserra – Área de Economía Social"},
    {"IT", K::Enterprise, "Cooperativa Sociale Il Girasole"},
    {"IT", K::Enterprise, "Consorzio di Cooperative Valle Alpina"},
    {"IT", K::Union, "Lega Regionale dei Lavoratori Cooperativi"},
    {"IT", K::Academic, "Università di Collina – Centro Studi Cooperativi"},
    {"PT", K::Enterprise, "Cooperativa de Habitação Lusa Solidária"},
    {"PT", K::Ngo, "Rede Portuguesa de Economia Solidária Local"},
    {"PT", K::Academic, "Instituto Superior de Estudos Cooperativos do Porto"},
    {"DE", K::Enterprise, "Energiegenossenschaft Schwarzwald Süd"},
    {"DE", K::Ngo, "Netzwerk Solidarische Ökonomie Rhein"},
    {"DE", K::Academic, "Hochschule für Genossenschaftswesen Fulda"},
    {"GB", K::Enterprise, "Northern Lights Workers' Co-operative"},
    {"GB", K::Ngo, "Community Shares Collective"},
    {"GB", K::Academic, "Institute for Mutual Studies, Leeds"},
    // Americas
    {"CA", K::Enterprise, "Caisse Solidaire du Saint-Laurent"},
    {"CA", K::Enterprise, "Coopérative de Travail Boréale"},
    {"CA", K::Enterprise, "Fonds Coopératif des Érables"},
    {"CA", K::Union, "Confédération des Travailleurs Associés du Québec"},
    {"CA", K::Ngo, "Carrefour Québécois des Entreprises Collectives"},
    {"CA", K::Academic, "Université du Fleuve – Chaire en Économie Sociale"},
    {"BR", K::Enterprise, "Cooperativa de Catadores Recicla Vida"},
    {"BR", K::Enterprise, "Banco Comunitário Jatobá Vivo"},
    {"BR", K::Ngo, "Articulação Cerradense de Economia Solidária"},
    {"BR", K::Academic, "Universidade Federal do Cerrado – Incubadora de Cooperativas"},
    {"BR", K::Public, "Secretaria Municipal de Trabalho Solidário"},
    {"EC", K::Enterprise, "Cooperativa de Ahorro y Crédito Los Páramos"},
    {"EC", K::Ngo, "Red de Cajas Comunales del Páramo"},
    {"EC", K::Public, "Secretaría Provincial de Inclusión Solidaria"},
    {"BO", K::Enterprise, "Asociación de Productores Ecológicos del Altiplano"},
    {"BO", K::Public, "Dirección Departamental de Emprendimientos Comunitarios"},
    {"CO", K::Enterprise, "Cooperativa Cafetera La Esperanza"},
    {"CO", K::Ngo, "Confederación de Organizaciones Solidarias del Cauca"},
    {"CO", K::Academic, "Universidad Solidaria del Valle Alto"},
    {"MX", K::Enterprise, "Sociedad Cooperativa Maíz y Monte"},
    {"MX", K::Ngo, "Colectivo de Comercio Justo del Sureste"},
    {"AR", K::Enterprise, "Cooperativa de Trabajo Fábrica Recuperada El Ceibo"},
    {"AR", K::Union, "Federación de Cooperativas de Trabajo Río Bermejo"},
    {"PE", K::Enterprise, "Central de Cooperativas Agrarias del Sur"},
    {"PE", K::Ngo, "Colectivo Andino de Emprendimientos Solidarios"},
    {"CL", K::Enterprise, "Cooperativa de Viviendas Pehuén"},
    {"CL", K::Academic, "Universidad del Pacífico Sur – Centro de Economía Social"},
    {"DO", K::Enterprise, "Cooperativa Agropecuaria Quisqueya Unida"},
    {"DO", K::Ngo, "Fundación Dominicana para el Crédito Barrial"},
    {"CR", K::Enterprise, "Cooperativa Autogestionaria Monteverde Nuevo"},
    {"CR", K::Ngo, "Asociación Centroamericana de Crédito Solidario"},
    {"HT", K::Enterprise, "Caisse Populaire Solidarité Artibonite"},
    {"HT", K::Ngo, "Konbit pour le Développement Local"},
    // Africa
    {"SN", K::Enterprise, "Mutuelle d'Épargne et de Crédit des Femmes de Thiès"},
    {"SN", K::Enterprise, "Groupement des Transformatrices de Rufisque"},
    {"SN", K::Ngo, "Plateforme des Acteurs Solidaires du Cayor"},
    {"SN", K::Academic, "Centre de Recherche sur les Économies Populaires de Dakar-Est"},
    {"SN", K::Public, "Agence Sénégalaise d'Appui aux Coopératives"},
    {"CI", K::Enterprise, "Coopérative des Planteurs Solidaires de Daloa"},
    {"CI", K::Enterprise, "Mutuelle de Santé des Artisans d'Abidjan"},
    {"CI", K::Union, "Union Ivoirienne des Travailleurs de l'Informel"},
    {"CI", K::Public, "Agence Ivoirienne de l'Entrepreneuriat Social"},
    {"ML", K::Enterprise, "Caisse Villageoise Jigiya de Ségou"},
    {"ML", K::Enterprise, "Coopérative des Maraîchères de Koulikoro"},
    {"ML", K::Ngo, "Réseau Malien des Acteurs Solidaires"},
    {"ML", K::Academic, "Université de Bamako-Nord – Centre d'Études Rurales"},
    {"BF", K::Enterprise, "Union des Groupements de Karité du Centre-Ouest"},
    {"BF", K::Ngo, "Plateforme Burkinabè de l'Économie Solidaire"},
    {"BF", K::Public, "Direction de la Promotion Coopérative (Burkina Faso)"},
    {"CM", K::Enterprise, "Plateforme des Coopératives Agricoles du Littoral"},
    {"CM", K::Enterprise, "Mutuelle Communautaire de Croissance de Bafoussam"},
    {"CM", K::Union, "Syndicat des Travailleurs Associés du Cameroun"},
    {"CM", K::Academic, "Université des Hauts-Plateaux – Département d'Économie"},
    {"MA", K::Enterprise, "Coopérative Féminine d'Arganier Tiznit Avenir"},
    {"MA", K::Enterprise, "Association de Microcrédit Amal Souss"},
    {"MA", K::Ngo, "Carrefour Marocain des Initiatives Solidaires"},
    {"MA", K::Public, "Agence Régionale de l'Inclusion du Souss"},
    {"TN", K::Enterprise, "Société Mutuelle des Services Agricoles du Cap Bon"},
    {"TN", K::Ngo, "Collectif Tunisien pour l'Économie Solidaire"},
    {"TN", K::Union, "Fédération Tunisienne des Travailleurs Associés"},
    {"BJ", K::Enterprise, "Coopérative des Transformatrices de Manioc du Zou"},
    {"BJ", K::Ngo, "Réseau Béninois de Finance Solidaire"},
    {"TG", K::Enterprise, "Mutuelle Faîtière d'Épargne des Plateaux"},
    {"TG", K::Ngo, "Collectif Togolais de l'Économie Sociale"},
    {"NE", K::Enterprise, "Fédération des Unions de Producteurs du Niger Ouest"},
    {"NE", K::Public, "Agence Nigérienne de l'Emploi Solidaire"},
    {"MG", K::Enterprise, "Coopérative Vanille Équitable de la Sava"},
    {"MG", K::Ngo, "Plateforme Malgache de la Finance Inclusive"},
    {"CD", K::Enterprise, "Coopérative Minière Artisanale Équitable du Kivu"},
    {"CD", K::Ngo, "Conseil Congolais de l'Économie Populaire"},
    {"CD", K::Academic, "Université Libre de Kinshasa-Est"},
    {"GN", K::Enterprise, "Union des Groupements Maraîchers du Fouta"},
    {"GN", K::Ngo, "Réseau Guinéen de l'Entrepreneuriat Social"},
    {"GA", K::Enterprise, "Coopérative Forestière Communautaire de l'Ogooué"},
    {"GA", K::Public, "Agence Gabonaise de l'Économie Sociale"},
    {"KM", K::Enterprise, "Mutuelle d'Épargne des Îles de la Lune"},
    {"KM", K::Ngo, "Association Comorienne pour l'Initiative Locale"},
    // Asia and Oceania
    {"VN", K::Enterprise, "Hợp tác xã Nông nghiệp Sông Hồng Mới"},
    {"VN", K::Ngo, "Red River Social Enterprise Circle"},
    {"IN", K::Enterprise, "Women Weavers' Producer Company of Kutch"},
    {"IN", K::Ngo, "Deccan Solidarity Economy Circle"},
    {"JP", K::Enterprise, "Minami Consumers' Co-operative of Kobe"},
    {"JP", K::Academic, "Institute for Workers' Co-operative Studies, Kyoto"},
    {"KR", K::Enterprise, "Hanul Producers' Co-operative of Wonju"},
    {"KR", K::Public, "Gangwon Social Economy Support Office"},
    {"LB", K::Enterprise, "Coopérative Agricole du Chouf"},
    {"LB", K::Ngo, "Association Libanaise pour l'Économie Solidaire"},
    {"PH", K::Enterprise, "Bayanihan Multi-Purpose Cooperative"},
    {"PH", K::Ngo, "Visayas Social Enterprise Circle"},
    {"AU", K::Enterprise, "Murray River Community Co-operative"},
    {"NZ", K::Ngo, "Aotearoa Social Enterprise Collective"},
    {"NC", K::Enterprise, "Coopérative des Producteurs de la Grande Terre"},
    {"NC", K::Ngo, "Association pour l'Économie Solidaire du Pacifique Sud"},
};

} // namespace

Names givenNames(NameStyle style, bool female)
{
    const Pool p = pool(style);
    return female ? p.women : p.men;
}

Names familyNames(NameStyle style)
{
    return pool(style).family;
}

Names roomNames()
{
    return roomNameTable;
}

std::span<const CountryProfile> countryProfiles()
{
    return countryTable;
}

std::span<const Organisation> organisations()
{
    return organisationTable;
}

} // namespace cordee::demo
