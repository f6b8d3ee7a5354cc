package scot.triangulate.evidence.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of private individuals, by gazetteer and rules (no statistical model): a word is a given name when it
 * is in {@link GivenNames}, and a name is reported when
 * <ol>
 *   <li>a title (Mr, Mrs, Ms, Miss, Mx, Dr, Master) is followed by a capitalised word or an initial and a
 *       surname ("Mrs Kerr", "Mr J. Kerr");</li>
 *   <li>a given name is followed by a surname-like capitalised word, optionally after a second given name
 *       ("Kayleigh Anne Kerr");</li>
 *   <li>a given name stands alone next to child or family context: after "child", "young person", "pupil",
 *       "mum", "her son", ... or before "'s mother", ", aged 7", "(7)", "(mother)"; names listed after it with
 *       "and" or commas count too.</li>
 * </ol>
 * Not reported: a surname-like word that is an organisation, place, role, month or heading word ("Forth
 * Valley", "Alloa Academy", "Queen Elizabeth University Hospital"); a name followed by such a word ("Mary
 * Erskine School"); a name introduced by a heading word ("Project Ruby"); and a name attached to a public
 * role ("the Chief Executive, Nikki Bridle", "Councillor Jane Kerr", "Jane Kerr, Director of ..."), because
 * guidance documents legitimately name public officials.
 */
final class PersonalNameDetector implements Detector {

    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019-])\\p{Lu}\\p{L}*(?:['\u2019-]\\p{L}+)*");

    private static final Pattern SURNAME = Pattern.compile(
            "(?:Mc|Mac|O['\u2019]|D['\u2019])?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}{3,}(?:-\\p{Lu}{2,})?");

    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Master");

    /** Words before a given name that make it part of a place or institution ("Queen Margaret", "St John"). */
    private static final Set<String> PLACE_PREFIXES = Set.of(
            "Queen", "King", "Prince", "Princess", "St", "Saint", "Lord", "Lady", "Sir", "Dame", "Port", "Fort",
            "Loch", "Glen", "Ben", "Mount", "Easter", "Wester", "Royal", "New", "Old", "Upper", "Lower");

    /** Words after which a capitalised word is a heading or the name of a thing, not a person. */
    private static final Set<String> HEADING_WORDS = Set.of(
            "Appendix", "Annex", "Section", "Chapter", "Part", "Table", "Figure", "Schedule", "Operation",
            "Project", "Programme", "Campaign", "Initiative", "Award", "Fund", "Theme", "Topic", "Subject",
            "Title", "Heading", "Storm", "Hurricane", "Ward", "House", "Team", "Unit", "Room", "Suite", "Wing");

    /** Capitalised words that are never a surname: organisations, places, roles, documents, calendar words. */
    private static final Set<String> NOT_SURNAMES = Set.copyOf(List.of(
            // organisations and services
            "Council", "Councils", "Academy", "School", "Schools", "High", "Primary", "Nursery", "College",
            "University", "Hospital", "Infirmary", "Clinic", "Practice", "Surgery", "Health", "Healthcare",
            "Board", "Partnership", "Partnerships", "Service", "Services", "Team", "Teams", "Unit", "Centre",
            "Center", "Trust", "Group", "Groups", "Forum", "Project", "Programme", "Committee", "Panel",
            "Network", "Association", "Society", "Foundation", "Fund", "Award", "Awards", "Memorial", "Library",
            "Hall", "Building", "House", "Lodge", "Church", "Chapel", "Parish", "Institute", "Limited", "Ltd",
            "Plc", "Charity", "Housing", "Aid", "Police", "Government", "Parliament", "Office", "Department",
            "Directorate", "Agency", "Authority", "Commission", "Inspectorate", "Tribunal", "Court", "Hearing",
            "Hearings", "Reporter", "Community", "Communities", "Learning", "Education", "Care", "Social",
            "Work", "Medical", "Mental", "Public", "Family", "Families", "Children", "Childrens", "Child",
            "Young", "People", "Person", "Women", "Men", "Adult", "Adults", "Youth", "Justice", "Protection",
            "Support", "Welfare", "Wellbeing", "Advocacy", "Kinship", "Foster", "Fostering", "Adoption",
            "Residential", "Home", "Homes", "Ward", "Wards", "Campus", "Estate", "Scheme", "Plan", "Plans",
            "Policy", "Review", "Report", "Reports", "Strategy", "Framework", "Act", "Bill", "Guidance",
            "Standard", "Standards", "Index", "Assessment", "Meeting", "Conference", "Register", "Unit",
            "NHS", "CAMHS", "GIRFEC", "SCRA", "HSCP", "CPC", "CSWO", "ADP", "GP", "GPs", "ASN", "LAC", "SHANARRI",
            "UNCRC", "COVID", "PDF", "MSP", "MP", "OBE", "MBE", "CBE", "BSc", "MSc", "PhD",
            // places and geography
            "Scotland", "Scottish", "England", "English", "Wales", "Welsh", "Ireland", "Irish", "Britain",
            "British", "UK", "Europe", "European", "Valley", "Glen", "Loch", "Firth", "Isle", "Isles", "Island",
            "Islands", "Bay", "Water", "Burn", "Bridge", "Castle", "Tower", "Hill", "Hills", "Mill", "Farm",
            "Cottage", "Quay", "Harbour", "Port", "Point", "Head", "North", "South", "East", "West", "Central",
            "Highland", "Highlands", "Lowland", "Lowlands", "Borders", "Forth", "Clyde", "Tay", "Glasgow",
            "Edinburgh", "Stirling", "Falkirk", "Alloa", "Dundee", "Aberdeen", "Perth", "Inverness", "Fife",
            "Ayrshire", "Lanarkshire", "Lothian", "Renfrewshire", "Dunbartonshire", "Clackmannanshire", "Angus",
            "Moray", "Argyll", "Bute", "Orkney", "Shetland", "Monument", "Gallery", "Museum", "Stadium", "Arena",
            "Airport", "Station", "Shopping", "Retail", "Park", "Gardens",
            // street types
            "Street", "Road", "Avenue", "Drive", "Crescent", "Place", "Terrace", "Lane", "Way", "Close", "Wynd",
            "Brae", "View", "Grove", "Square", "Row", "Walk", "Mews", "Gate", "Green", "Rise",
            // roles
            "Officer", "Officers", "Manager", "Managers", "Worker", "Workers", "Lead", "Leader", "Head",
            "Teacher", "Teachers", "Director", "Executive", "Chief", "Chair", "Convener", "Councillor",
            "Inspector", "Inspectors", "Nurse", "Visitor", "Practitioner", "Practitioners", "Coordinator",
            "Co-ordinator", "Adviser", "Advisor", "Consultant", "Psychologist", "Professional", "Named",
            "Depute", "Deputy", "Assistant", "Senior", "Principal", "Interim", "Acting", "Minister", "Secretary",
            "Provost", "Sheriff", "Constable", "Sergeant", "Detective", "Superintendent", "Commissioner",
            // calendar
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "Christmas", "Easter", "Day", "Week", "Month", "Year", "Quarter", "Term", "Spring",
            "Summer", "Autumn", "Winter",
            // function words that start a sentence or heading
            "The", "A", "An", "And", "Or", "But", "If", "In", "On", "At", "Of", "To", "For", "With", "By", "From",
            "As", "Is", "Was", "Are", "Were", "Has", "Had", "Have", "We", "I", "He", "She", "They", "It", "This",
            "That", "These", "Those", "There", "Their", "Our", "His", "Her", "All", "Any", "Some", "Each",
            "Every", "No", "Not", "Yes", "Please", "Thank", "Thanks", "Dear", "Regards", "When", "Where", "Who",
            "What", "Why", "How", "Also", "However", "Following", "Further", "Next", "Key", "Good", "Very",
            "Evidence", "Source", "Total", "Note", "Notes", "See", "Page", "Section", "Appendix", "Annex",
            "Table", "Figure", "Quality", "Indicator", "Outcome", "Outcomes", "Action", "Actions", "Period",
            "Time", "Limit", "Scale", "Test", "Check", "List", "Form", "Forms", "Model", "Pathway", "Toolkit"));

    /** Child and family words after which a lone given name is a private individual's. */
    private static final String FAMILY = "(?:child|children|young\\s+person|young\\s+people|pupil|pupils|learner|mother|father|"
            + "mum|mam|dad|parent|parents|carer|carers|sibling|siblings|baby|infant|toddler|teenager|son|daughter|"
            + "brother|sister|half-brother|half-sister|step-?brother|step-?sister|step-?son|step-?daughter|"
            + "step-?father|step-?mother|step-?dad|step-?mum|grandmother|grandfather|grandparent|grandparents|gran|"
            + "granny|grandad|grandpa|papa|nana|aunt|auntie|aunty|uncle|cousin|niece|nephew|partner|ex-partner|"
            + "boyfriend|girlfriend|husband|wife|twin|twins|boy|girl|service\\s+user|client|victim)";

    private static final Pattern FAMILY_BEFORE = Pattern.compile("(?i)\\b" + FAMILY
            + "(?:\\s*,\\s*|\\s*\\(\\s*|\\s*:\\s*|\\s+[-\\u2013]\\s+|\\s+)"
            + "(?:(?:called|named|known\\s+as|whose\\s+name\\s+is|is|was)\\s*[,:]?\\s*)?$");

    private static final Pattern FAMILY_AFTER = Pattern.compile("(?i)^(?:['\u2019]s\\s+" + FAMILY + "\\b"
            + "|\\s*[,(]\\s*(?:aged?|age)\\s*\\d"
            + "|\\s*\\(\\s*\\d{1,2}\\s*(?:years?|yrs?|y/?o|months?)?\\s*\\)"
            + "|\\s*\\(\\s*(?:the\\s+)?" + FAMILY + "\\s*\\)"
            + "|\\s*,\\s*(?:the\\s+child['\u2019]s\\s+|the\\s+young\\s+person['\u2019]s\\s+|her\\s+|his\\s+|their\\s+)?"
            + FAMILY + "\\b)");

    private static final Pattern NAME_LIST_GAP = Pattern.compile("^\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*)$");

    private static final String ROLE = "(?i:chief\\s+executive|chief\\s+officer|chief\\s+social\\s+work\\s+officer"
            + "|(?:assistant\\s+|deputy\\s+)?chief\\s+constable|chief\\s+inspector|lead\\s+inspector|inspector"
            + "|director|convener|convenor|councillor|cllr\\.?|(?:lord\\s+)?provost|chair|chairperson|chairman"
            + "|chairwoman|vice[\\s-]chair|minister|cabinet\\s+secretary|commissioner|sheriff(?:\\s+principal)?"
            + "|council\\s+leader|leader\\s+of\\s+the\\s+council|msp|mp|professor|prof\\.?|chief\\s+nurse"
            + "|chief\\s+medical\\s+officer|(?:chief\\s+)?superintendent)";

    private static final Pattern PUBLIC_ROLE_BEFORE = Pattern.compile("\\b" + ROLE
            + "(?:\\s+(?:of|for|at)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}&'\u2019.-]*\\s*){1,6})?\\s*[,:\\u2013\\u2014-]?\\s*"
            + "(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+)?$");

    private static final Pattern PUBLIC_ROLE_AFTER = Pattern.compile("^(?:\\s*[,(\\u2013\\u2014-]\\s*(?:the\\s+|our\\s+)?"
            + "(?:(?i:interim|acting|depute|deputy|joint|executive|strategic|lead|former)\\s+)?" + ROLE + "\\b"
            + "|\\s+(?:MSP|MP|QC|KC)\\b)");

    /** Capitalised only because they start a sentence; a name may run up to one of these. */
    private static final Set<String> FUNCTION_WORDS = Set.of("The", "A", "An", "And", "Or", "But", "If", "In", "On",
            "At", "Of", "To", "For", "With", "By", "From", "As", "Is", "Was", "Are", "Has", "Had", "We", "I", "He",
            "She", "They", "It", "This", "That", "Her", "His", "Our", "All", "Any", "Some", "Each", "No", "Not",
            "Yes", "When", "Who", "What", "Why", "How", "Also", "See", "Note", "Dear");

    private record Token(int start, int end, int fullEnd, String word, boolean possessive) {}

    private final GivenNames givenNames;

    PersonalNameDetector(GivenNames givenNames) {
        this.givenNames = givenNames;
    }

    @Override
    public void detect(String text, List<Detection> out) {
        List<Token> tokens = tokenize(text);
        int i = 0;
        while (i < tokens.size()) {
            int next = titleRule(text, tokens, i, out);
            if (next < 0) {
                next = givenNameRule(text, tokens, i, out);
            }
            i = next < 0 ? i + 1 : next;
        }
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String word = m.group();
            boolean possessive = word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"));
            if (possessive) {
                word = word.substring(0, word.length() - 2);
            }
            tokens.add(new Token(m.start(), m.start() + word.length(), m.end(), word, possessive));
        }
        return tokens;
    }

    /** Rule 1: title then surname, initial and surname, or given name and surname. Returns the next index or -1. */
    private int titleRule(String text, List<Token> tokens, int i, List<Detection> out) {
        Token title = tokens.get(i);
        if (!TITLES.contains(title.word()) || title.possessive() || !adjacent(text, tokens, i, true)) {
            return -1;
        }
        int first = i + 1;
        Token firstToken = tokens.get(first);
        int last;
        if (firstToken.word().length() == 1) {
            // An initial must be followed by a surname: "Mr J. Kerr".
            if (!adjacent(text, tokens, first, true) || !isSurname(tokens.get(first + 1))) {
                return -1;
            }
            last = first + 1;
        } else if (isSurname(firstToken)) {
            last = first;
            if (!firstToken.possessive() && adjacent(text, tokens, first, false) && isSurname(tokens.get(first + 1))
                    && givenNames.contains(firstToken.word())) {
                last = first + 1;
            }
        } else {
            return -1;
        }
        if (followedByInstitution(text, tokens, last)) {
            return last + 1;
        }
        Token lastToken = tokens.get(last);
        if (!isPublicOfficial(text, title.start(), lastToken.end())) {
            out.add(new Detection(FindingKind.PERSONAL_NAME, firstToken.start(), lastToken.end()));
        }
        return last + 1;
    }

    /** Rules 2 and 3: a gazetteer given name with a surname, or alone in child or family context. */
    private int givenNameRule(String text, List<Token> tokens, int i, List<Detection> out) {
        Token given = tokens.get(i);
        if (!givenNames.contains(given.word()) || afterPlaceOrHeadingWord(text, tokens, i)) {
            return -1;
        }
        int last = -1;
        if (!given.possessive() && adjacent(text, tokens, i, false)) {
            Token second = tokens.get(i + 1);
            if (givenNames.contains(second.word()) && !second.possessive() && adjacent(text, tokens, i + 1, false)
                    && isSurname(tokens.get(i + 2))) {
                last = i + 2;
            } else if (isSurname(second)) {
                last = i + 1;
            } else if (NOT_SURNAMES.contains(second.word()) && !isFunctionWord(second.word())) {
                return i + 1; // "Grace Street", "Isla Primary": a place or institution
            }
        }
        if (last >= 0) {
            if (followedByInstitution(text, tokens, last)) {
                return last + 1;
            }
            Token lastToken = tokens.get(last);
            if (!isPublicOfficial(text, given.start(), lastToken.end())) {
                out.add(new Detection(FindingKind.PERSONAL_NAME, given.start(), lastToken.end()));
            }
            return last + 1;
        }
        if (!inFamilyContext(text, given)) {
            return -1;
        }
        out.add(new Detection(FindingKind.PERSONAL_NAME, given.start(), given.end()));
        // "her children, Ava, Liam and Noah": the rest of the list shares the context.
        int j = i;
        while (j + 1 < tokens.size() && givenNames.contains(tokens.get(j + 1).word())
                && NAME_LIST_GAP.matcher(text).region(tokens.get(j).fullEnd(), tokens.get(j + 1).start()).find()) {
            j++;
            out.add(new Detection(FindingKind.PERSONAL_NAME, tokens.get(j).start(), tokens.get(j).end()));
        }
        return j + 1;
    }

    private boolean inFamilyContext(String text, Token given) {
        return FAMILY_BEFORE.matcher(text).region(Math.max(0, given.start() - 40), given.start()).find()
                || FAMILY_AFTER.matcher(text).region(given.end(), Math.min(text.length(), given.end() + 40)).find();
    }

    private static boolean isSurname(Token token) {
        String w = token.word();
        return !NOT_SURNAMES.contains(w) && !TITLES.contains(w) && SURNAME.matcher(w).matches();
    }

    /** Token i is followed by token i+1 after only a space or line break (and, if allowed, a full stop). */
    private static boolean adjacent(String text, List<Token> tokens, int i, boolean allowStop) {
        if (i + 1 >= tokens.size() || tokens.get(i).possessive()) {
            return false;
        }
        int from = tokens.get(i).fullEnd();
        int to = tokens.get(i + 1).start();
        if (from < text.length() && allowStop && text.charAt(from) == '.') {
            from++;
        }
        int gap = to - from;
        if (gap < 1 || gap > 3) {
            return false;
        }
        int lineBreaks = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                lineBreaks++;
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '\u00A0') {
                return false;
            }
        }
        return lineBreaks <= 1;
    }

    /** "Mary Erskine School", "James Gillespie's High School", "Jean Armour Centre". */
    private static boolean followedByInstitution(String text, List<Token> tokens, int last) {
        if (last + 1 >= tokens.size()) {
            return false;
        }
        Token lastToken = tokens.get(last);
        Token next = tokens.get(last + 1);
        int gap = next.start() - lastToken.fullEnd();
        return gap >= 1 && gap <= 2 && text.substring(lastToken.fullEnd(), next.start()).isBlank()
                && NOT_SURNAMES.contains(next.word()) && Character.isUpperCase(next.word().charAt(0))
                && !isFunctionWord(next.word());
    }

    private static boolean isFunctionWord(String w) {
        return FUNCTION_WORDS.contains(w);
    }

    private static boolean afterPlaceOrHeadingWord(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        if (!adjacent(text, tokens, i - 1, true)) {
            return false;
        }
        return PLACE_PREFIXES.contains(previous.word()) || HEADING_WORDS.contains(previous.word());
    }

    private static boolean isPublicOfficial(String text, int start, int end) {
        return PUBLIC_ROLE_BEFORE.matcher(text).region(Math.max(0, start - 80), start).find()
                || PUBLIC_ROLE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 60)).find();
    }
}
