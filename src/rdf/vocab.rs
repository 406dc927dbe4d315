//! The IRIs of the ontology and standard terms that [`super::to_quads`] writes, spelled once.
//!
//! In: nothing. Out: `NamedNodeRef` constants grouped by namespace. Only the terms the
//! model needs are here; the ontology file defines more (labels, comments, axioms).

use oxigraph::model::NamedNodeRef;

macro_rules! terms {
    ($namespace:literal: $($name:ident = $local:literal),* $(,)?) => {
        $(pub const $name: NamedNodeRef<'static> =
            NamedNodeRef::new_unchecked(concat!($namespace, $local));)*
    };
}

pub mod schema {
    use super::*;
    terms!("http://schema.org/":
        NEWS_ARTICLE = "NewsArticle", IDENTIFIER = "identifier", HEADLINE = "headline",
        DATE_PUBLISHED = "datePublished", URL = "url", PUBLISHER = "publisher",
        TEXT = "text", NAME = "name", ALTERNATE_NAME = "alternateName",
        JOB_TITLE = "jobTitle", CREATOR = "creator", AGENT = "agent",
        RECIPIENT = "recipient", LOCATION = "location", PERSON = "Person",
        ORGANIZATION = "Organization", COUNTRY = "Country", CITY = "City", PLACE = "Place",
    );
}

pub mod ng {
    use super::*;
    terms!("https://example.org/newsgraph/ontology#":
        SOURCE_FILE = "sourceFile", MENTION = "Mention", REFERS_TO = "refersTo",
        MENTION_TYPE = "mentionType", METONYM_FOR = "metonymFor", DEMONYM = "demonym",
        GOVERNMENT_BODY = "GovernmentBody", POLITICAL_PARTY = "PoliticalParty",
        NEWS_ORGANIZATION = "NewsOrganization",
        INTERNATIONAL_ORGANIZATION = "InternationalOrganization", COMPANY = "Company",
        ROLE = "Role", HOLDER = "holder", TITLE = "title", ROLE_OF = "roleOf",
        CURRENT = "current", EVIDENCE = "evidence", HAS_ROLE = "hasRole",
        QUOTATION = "Quotation", SPEAKER_MENTION = "speakerMention",
        UNRESOLVED_SPEAKER = "unresolvedSpeaker", QUOTE_SPAN = "quoteSpan", QUOTE_PART = "quotePart",
        DIRECT = "direct", CUE = "cue", CUE_SPAN = "cueSpan", ADDRESSEE = "addressee",
        REPORTED_BY = "reportedBy", DATE = "date", SAID_AT = "saidAt",
        PHONE_CALL = "PhoneCall", MEETING = "Meeting", TALKS = "Talks", TOLD = "Told",
        LETTER = "Letter", INTERVIEW = "Interview", DEBATE = "Debate",
        COMMUNICATION = "Communication", KIND = "kind", PARTICIPANT = "participant",
        STATUS = "status", HAPPENED = "Happened", PLANNED = "Planned",
        POSSIBLE = "Possible", NEGATED = "Negated", SPOKE_WITH = "spokeWith",
        NEWS_CONFERENCE = "NewsConference", STATEMENT = "Statement",
        REPORTED_STATEMENT = "ReportedStatement", VERSION = "version",
        SAME_STATEMENT_AS = "sameStatementAs", VERSION_MATCH = "VersionMatch",
        DISPLAY_NAME = "displayName",
        MATCHED_VERSION = "matchedVersion", SIMILARITY = "similarity",
        REPORTED_EVENT = "ReportedEvent", REPORT = "report", STATUSES_AGREE = "statusesAgree",
    );
}

pub mod owl {
    use super::*;
    terms!("http://www.w3.org/2002/07/owl#": SAME_AS = "sameAs");
}

/// Items of Wikidata, the public knowledge base gazetteer entries link to.
pub const WIKIDATA_ENTITY: &str = "http://www.wikidata.org/entity/";

pub mod prov {
    use super::*;
    terms!("http://www.w3.org/ns/prov#": WAS_DERIVED_FROM = "wasDerivedFrom");
}

pub mod oa {
    use super::*;
    terms!("http://www.w3.org/ns/oa#":
        SPECIFIC_RESOURCE = "SpecificResource", HAS_SOURCE = "hasSource",
        HAS_SELECTOR = "hasSelector", TEXT_POSITION_SELECTOR = "TextPositionSelector",
        TEXT_QUOTE_SELECTOR = "TextQuoteSelector", START = "start", END = "end",
        EXACT = "exact",
    );
}
