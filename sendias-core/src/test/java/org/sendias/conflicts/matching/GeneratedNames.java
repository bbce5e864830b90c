package org.sendias.conflicts.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Deterministic made-up names for the index tests: people and schools that no labelled pair uses. */
final class GeneratedNames {

    static final List<String> GIVEN = List.of("Aaron", "Abigail", "Adam", "Adele", "Aiden", "Alan", "Alice", "Amber",
        "Amy", "Andrew", "Angela", "Anna", "Arjun", "Ashley", "Beatrice", "Ben", "Bethany", "Brandon", "Bryony",
        "Caitlin", "Carl", "Carmen", "Chantelle", "Chidi", "Colin", "Craig", "Dalia", "Darren", "Dawn", "Declan",
        "Dylan", "Eamon", "Eden", "Elliott", "Elsa", "Erin", "Esther", "Ethan", "Faisal", "Fern", "Finn", "Fiona",
        "Gavin", "Gina", "Glen", "Hamish", "Hazel", "Heidi", "Ibrahim", "Imogen", "Iqra", "Isaac", "Ivy", "Jade",
        "Jasmine", "Jason", "Joel", "Jordan", "Julie", "Karen", "Kieran", "Kofi", "Lara", "Lauren", "Layla",
        "Leah", "Lewis", "Lina", "Logan", "Lorna", "Luca", "Lydia", "Marcus", "Maya", "Mehmet", "Mia", "Milo",
        "Naomi", "Neil", "Nina", "Noah", "Olga", "Oscar", "Owen", "Paige", "Priya", "Quentin", "Rhys", "Rita",
        "Roisin", "Ryan", "Saima", "Scott", "Shona", "Stacey", "Tara", "Tobias", "Troy", "Uma", "Vera", "Wendy",
        "Xavier", "Yara", "Yusuf", "Zac", "Zofia");

    static final List<String> SURNAMES = List.of("Abbott", "Acheson", "Adeyemi", "Ainsley", "Akhtar", "Allardyce",
        "Alvarez", "Ambler", "Appleby", "Arkwright", "Atherton", "Bagshaw", "Bairstow", "Baptiste", "Barraclough",
        "Bellamy", "Bickerstaff", "Blackwood", "Boateng", "Bramwell", "Brightwell", "Bulmer", "Cartwright",
        "Cavendish", "Chaudhury", "Chesterton", "Clegg", "Cockburn", "Coulthard", "Cresswell", "Dacosta",
        "Dalrymple", "Danvers", "Dearden", "Dimitrov", "Dobson", "Drummond", "Duckworth", "Eastwood", "Ekwueme",
        "Ellwood", "Entwistle", "Fairclough", "Farrant", "Fenwick", "Fitzgerald", "Forsyth", "Garside", "Gillespie",
        "Goldsworthy", "Greenhalgh", "Grimshaw", "Halliwell", "Hargrove", "Hebden", "Hesketh", "Holroyd",
        "Huddleston", "Ingleby", "Iwobi", "Jagger", "Jardine", "Kettlewell", "Kilbride", "Kinsella", "Lancaster",
        "Latimer", "Leatherbarrow", "Lindqvist", "Lockwood", "Mahone", "Marchetti", "Mayhew", "Merryweather",
        "Moorcroft", "Mukherjee", "Nettleton", "Nightingale", "Nuttall", "Oakes", "Ogunleye", "Ormerod",
        "Ostrowski", "Pemberton", "Pickering", "Popescu", "Postlethwaite", "Quarmby", "Radcliffe", "Ramsbottom",
        "Rawlinson", "Rigby", "Rothwell", "Sagoo", "Scholes", "Shackleton", "Sowerby", "Stansfield", "Sutcliffe",
        "Tattersall", "Thistlewood", "Threlfall", "Tolley", "Uttley", "Varley", "Wadsworth", "Whiteley",
        "Winterbottom", "Woodcock", "Yardley", "Yeadon", "Zielinska");

    static final List<String> PLACES = List.of("Ashcombe", "Birchley", "Claymoor", "Deepdale", "Elmstead",
        "Fernhill", "Glenholme", "Hazelbrook", "Ivybridge", "Juniper", "Kingfield", "Larkrise", "Millbrook",
        "Newlands", "Orchard", "Pinewood", "Quarry Bank", "Redbrook", "Stonebridge", "Thornleigh", "Upton",
        "Valley View", "Willowdene", "Yewtree");
    static final List<String> KINDS = List.of("Primary School", "Primary Academy", "Infant School", "Junior School",
        "C of E Primary School", "RC Primary", "High School", "Academy", "Nursery School", "Community College");

    private GeneratedNames() {
    }

    /** @return {@code count} person names, one or two given names and a surname, sometimes hyphenated */
    static List<String> people(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder name = new StringBuilder(pick(random, GIVEN));
            if (random.nextInt(4) == 0) {
                name.append(' ').append(pick(random, GIVEN));
            }
            name.append(' ').append(pick(random, SURNAMES));
            if (random.nextInt(10) == 0) {
                name.append('-').append(pick(random, SURNAMES));
            }
            names.add(name.toString());
        }
        return names;
    }

    /** @return {@code count} school names */
    static List<String> schools(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String saint = random.nextInt(5) == 0 ? "St " + pick(random, GIVEN) + "'s " : "";
            names.add(saint + pick(random, PLACES) + " " + pick(random, KINDS));
        }
        return names;
    }

    private static String pick(SplittableRandom random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
