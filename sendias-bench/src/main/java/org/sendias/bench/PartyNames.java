package org.sendias.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Made-up names of case parties, drawn deterministically from a seed: common given names and surnames weighted so
 * that the most common are the most frequent (as in a real caseload), a long tail of surnames built from English
 * place-name syllables, and the variations people's names come with in records (short forms, hyphenated and
 * double-barrelled surnames, titles, "Surname, Forename", initials, accents, capitals).
 */
final class PartyNames {

    static final List<String> GIVEN = List.of("Oliver", "Olivia", "George", "Amelia", "Harry", "Isla", "Jack", "Ava",
        "Noah", "Mia", "Charlie", "Emily", "Jacob", "Grace", "Thomas", "Sophie", "Oscar", "Lily", "William",
        "Isabella", "James", "Ella", "Leo", "Freya", "Joshua", "Charlotte", "Alfie", "Evie", "Henry", "Poppy",
        "Archie", "Jessica", "Ethan", "Chloe", "Joseph", "Ruby", "Freddie", "Sophia", "Samuel", "Daisy", "Alexander",
        "Alice", "Logan", "Florence", "Daniel", "Matilda", "Isaac", "Scarlett", "Max", "Phoebe", "Mohammed", "Aisha",
        "Muhammad", "Fatima", "Adam", "Zara", "Yusuf", "Maryam", "Ibrahim", "Hafsa", "Ali", "Khadija", "Omar",
        "Amira", "Arjun", "Priya", "Rohan", "Anaya", "Kwame", "Ama", "Chidi", "Ngozi", "Tomasz", "Zofia", "Jakub",
        "Maja", "Andrei", "Elena", "Luca", "Giulia", "Mateo", "Lucia", "Wei", "Mei", "Hyun", "Ji-woo", "Dylan",
        "Megan", "Rhys", "Seren", "Callum", "Eilidh", "Cian", "Niamh", "Michael", "Sarah", "David", "Laura", "John",
        "Rebecca", "Paul", "Claire", "Mark", "Emma", "Richard", "Rachel", "Stephen", "Nicola", "Andrew", "Lisa",
        "Robert", "Helen", "Peter", "Karen", "Christopher", "Joanne", "Anthony", "Michelle", "Simon", "Gemma",
        "Matthew", "Natalie", "Lee", "Kelly", "Jason", "Donna", "Gary", "Julie", "Craig", "Amanda", "Darren",
        "Victoria", "Kevin", "Catherine", "Ian", "Elizabeth", "Neil", "Margaret", "Martin", "Susan", "Carl",
        "Deborah", "Wayne", "Tracey", "Dean", "Angela", "Ryan", "Hayley", "Adrian", "Louise", "Jamie", "Kirsty",
        "Jonathan", "Stacey", "Benjamin", "Katie", "Edward", "Lauren", "Patrick", "Hannah", "Frederick", "Jennifer");

    static final List<String> SURNAMES = List.of("Smith", "Jones", "Williams", "Taylor", "Brown", "Davies",
        "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White",
        "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner",
        "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison",
        "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young",
        "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw",
        "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh",
        "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt",
        "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd",
        "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham",
        "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart", "Elliott",
        "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole",
        "Atkinson", "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien", "Watts", "Rose", "Booth",
        "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman",
        "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe", "Page", "Marsh", "Riley", "Dunn", "Woods",
        "Parsons", "Berry", "Stone", "Reid", "Holland", "Hawkins", "Harding", "Porter", "Robertson", "Newton",
        "Oliver", "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates",
        "Henderson", "Parry", "Burgess", "Bishop", "Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross",
        "Long", "Freeman", "Warren", "Nicholls", "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson",
        "Robson", "Curtis", "Hopkins", "O'Connor", "Harper", "Coleman", "Watkins", "Moss", "McCarthy", "Chambers",
        "O'Neill", "Griffin", "Sharp", "Hardy", "Wheeler", "Potter", "Osborne", "Johnston", "Gordon", "Doyle",
        "Wallace", "George", "Jordan", "Hutchinson", "Rahman", "Akhtar", "Iqbal", "Mahmood", "Chaudhry",
        "Okafor", "Adeyemi", "Mensah", "Kowalski", "Nowak", "Wisniewski", "Popescu", "Ivanov", "Rossi", "Ferreira",
        "Nguyen", "Chen", "Wang", "Zhang", "Kim", "Yilmaz", "Demir", "Hassan", "Mohamed", "Abdi");

    private static final List<String> FIRST_SYLLABLES = List.of("Ash", "Black", "Brad", "Bram", "Brook", "Burn",
        "Cald", "Carl", "Chad", "Clay", "Crom", "Dal", "Dun", "East", "Elm", "Fair", "Farn", "Gold", "Green", "Hal",
        "Hart", "Haw", "Hey", "Hol", "Hunt", "Kings", "Lang", "Lock", "Long", "Mar", "Mid", "Mill", "Moor", "New",
        "North", "Oak", "Old", "Pen", "Ports", "Rad", "Ram", "Red", "Rock", "Rose", "Rother", "Sand", "Shep", "South",
        "Stan", "Stock", "Sun", "Thorn", "Tod", "Wake", "Wal", "West", "Whit", "Wil", "Win", "Wood");
    private static final List<String> LAST_SYLLABLES = List.of("bury", "by", "combe", "croft", "dale", "don", "field",
        "ford", "gate", "ham", "hill", "holme", "hurst", "ington", "ley", "low", "mere", "more", "ridge", "shaw",
        "stead", "stone", "thorpe", "ton", "well", "wick", "win", "wood", "worth", "wright");

    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(Map.entry("William", "Bill"),
        Map.entry("Elizabeth", "Liz"), Map.entry("Margaret", "Peggy"), Map.entry("Robert", "Bob"),
        Map.entry("Richard", "Dick"), Map.entry("James", "Jim"), Map.entry("John", "Jack"),
        Map.entry("Catherine", "Kate"), Map.entry("Susan", "Sue"), Map.entry("Edward", "Ted"),
        Map.entry("Henry", "Harry"), Map.entry("Alexander", "Alex"), Map.entry("Christopher", "Chris"),
        Map.entry("Anthony", "Tony"), Map.entry("Michael", "Mike"), Map.entry("David", "Dave"),
        Map.entry("Stephen", "Steve"), Map.entry("Samuel", "Sam"), Map.entry("Joseph", "Joe"),
        Map.entry("Thomas", "Tom"), Map.entry("Rebecca", "Becky"), Map.entry("Jennifer", "Jenny"),
        Map.entry("Frederick", "Fred"), Map.entry("Matthew", "Matt"), Map.entry("Daniel", "Dan"),
        Map.entry("Benjamin", "Ben"), Map.entry("Victoria", "Vicky"), Map.entry("Deborah", "Debbie"),
        Map.entry("Mohammed", "Muhammad"), Map.entry("Muhammad", "Mohamed"), Map.entry("Yusuf", "Yousef"),
        Map.entry("Fatima", "Fatimah"), Map.entry("Aisha", "Ayesha"), Map.entry("Ibrahim", "Ebrahim"));
    private static final List<String> TITLES = List.of("Mr", "Mrs", "Ms", "Miss", "Dr");
    private static final double[] GIVEN_WEIGHTS = cumulative(GIVEN.size(), 10);
    private static final double[] SURNAME_WEIGHTS = cumulative(SURNAMES.size(), 20);

    private PartyNames() {
    }

    /** @return {@code count} names of people as a caseload records them */
    static List<String> people(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(person(random, surname(random)));
        }
        return names;
    }

    /**
     * @return {@code count} names whose surnames are in none of the lists: parties new to the service, that the
     *     checks should mostly not flag
     */
    static List<String> newcomers(long seed, int count) {
        List<String> rare = List.of("Quillfeather", "Marchbanks", "Ostergaard", "Vasquez-Lindo", "Tregarthen",
            "Abernathy", "Zubrowski", "Kettleborough", "Nakagawa", "Oyelowo", "Fitzwarren", "Delacroix", "Sorensen",
            "Umberfield", "Yablonski", "Penhallow", "Haverbrook", "Mbatha", "Castellanos", "Ravensworth");
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(person(random, rare.get(random.nextInt(rare.size()))));
        }
        return names;
    }

    /** @return the name as it might be written another time: a short form, a slip, a hyphenated surname */
    static String variant(String name, SplittableRandom random) {
        String[] words = name.split(" ");
        String first = words[0];
        switch (random.nextInt(4)) {
            case 0 -> {
                String other = SHORT_FORMS.get(first);
                return other == null ? name.toUpperCase() : name.replaceFirst(first, other);
            }
            case 1 -> {
                String last = words[words.length - 1];
                int at = 1 + random.nextInt(Math.max(1, last.length() - 2));
                String slipped = last.substring(0, at) + last.substring(at + 1);
                return name.substring(0, name.length() - last.length()) + slipped;
            }
            case 2 -> {
                return name + "-" + SURNAMES.get(random.nextInt(SURNAMES.size()));
            }
            default -> {
                return words[words.length - 1] + ", " + first;
            }
        }
    }

    private static String person(SplittableRandom random, String surname) {
        String given = weighted(random, GIVEN);
        int shape = random.nextInt(100);
        if (shape < 5) {
            given = SHORT_FORMS.getOrDefault(given, given);
        }
        if (random.nextInt(100) < 10) {
            surname = surname + "-" + surname(random);
        }
        if (random.nextInt(100) < 15) {
            given = given + " " + weighted(random, GIVEN);
        }
        if (shape >= 5 && shape < 8) {
            return surname + ", " + given;
        }
        if (shape >= 8 && shape < 10) {
            return given.charAt(0) + ". " + surname;
        }
        if (shape >= 10 && shape < 14) {
            return TITLES.get(random.nextInt(TITLES.size())) + " " + given + " " + surname;
        }
        if (shape >= 14 && shape < 16) {
            return surname.toUpperCase() + " " + given;
        }
        return given + " " + surname;
    }

    /** Half from the common surnames, the most common the most frequent; half from a long tail. */
    private static String surname(SplittableRandom random) {
        if (random.nextBoolean()) {
            return weighted(random, SURNAMES);
        }
        return FIRST_SYLLABLES.get(random.nextInt(FIRST_SYLLABLES.size()))
            + LAST_SYLLABLES.get(random.nextInt(LAST_SYLLABLES.size()));
    }

    /** Picks rank r with probability proportional to 1 / (r + 10) for given names, 1 / (r + 20) for surnames. */
    private static String weighted(SplittableRandom random, List<String> list) {
        double[] cumulative = list == GIVEN ? GIVEN_WEIGHTS : SURNAME_WEIGHTS;
        int at = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
        return list.get(Math.min(list.size() - 1, at >= 0 ? at : -at - 1));
    }

    private static double[] cumulative(int size, int offset) {
        double[] cumulative = new double[size];
        double total = 0;
        for (int r = 0; r < size; r++) {
            total += 1.0 / (r + offset);
            cumulative[r] = total;
        }
        return cumulative;
    }
}
