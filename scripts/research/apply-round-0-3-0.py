"""One-off: apply the issue-13 research round (/work/research/findings.yaml, as corrected by its second
reader) to the 0.2.0 data, with the judgements of research-apply written out below (see data/REVIEW.md)."""
import glob, os, sys, yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FINDINGS = sys.argv[1] if len(sys.argv) > 1 else "/work/research/findings.yaml"
ACCESSED = "2026-11-28"
f = yaml.safe_load(open(FINDINGS))

# The findings' id for Conventus Law is the 0.2.0 source already in the data.
ALIAS = {"conventuslaw-2019-10-17-astana-international-exchange-listing":
         "conventus-law-2019-10-17-astana-international-exchange-listing"}

# Low-reliability relays (aggregator, blog) whose original was not seen: context, never confirming or qualifying alone.
RELAY_CONTEXT = {"rasseen-2025-11-09-maariv-kazakhstan-abraham-accords", "halopalestina-2022-01-israel-kazakhstan-oil-estimate"}

# Evidence stance overrides: (fact, source) -> (stance, independent, extra note or None)
STANCE = {
    ("kosanov-preliminary-vote-share", "vestnik-kavkaza-2019-06-10-tokayev-wins-preliminary"): ("context", True, None),
    ("astana-international-exchange-established-2017", "conventuslaw-2019-10-17-astana-international-exchange-listing"):
        ("context", False, None),
    ("israel-recognised-kazakhstan-1991", "astana-times-2016-04-israeli-ambassador-interview"): ("context", True,
        "Says Israel was among the first to recognise Kazakhstan; gives no month, so it does not bear out “December 1991”."),
    ("air-services-agreement-1995", "kazinform-2016-11-24-astana-tel-aviv-flight-late-2017"): ("context", True,
        "Gives the year of signing, 1995, but not the dates of signing, ratification and entry into force that the statement gives."),
    ("tokayev-inauguration-2019", "tass-ru-2019-06-12-tokayev-to-take-office"): ("context", True,
        "TASS, 12 June 2019 (00:03): the ceremony was scheduled for that day at the Palace of Independence; a report of a plan, not of the ceremony."),
    ("tokayev-inauguration-2019", "wikipedia-first-inauguration-of-tokayev"): ("context", False, None),
    ("israeli-embassy-in-kazakhstan-opened-1992", "kazakh-embassy-israel-about-relations-2006"): None,  # already in 0.2.0
    ("kazakh-embassy-in-israel-opened-1996", "kazakh-embassy-israel-about-relations-2006"): None,
}

# Verdicts: fact -> (rating, summary, reason). Facts not listed keep their 0.2.0 rating and summary
# (APPEND adds one sentence on what the round found).
VERDICT = {
    "kazakhstan-votes-against-israel-at-un": ("qualified",
        "Kazakhstan voted for UN resolutions critical of Israel in 2023 (“traditionally”, per The Astana Times) and 2024 "
        "(AKIpress), but not always: it abstained on a 1999 Second Committee text (UN press release), and in April 2000 "
        "Israel's foreign minister thanked Nazarbayev for Kazakhstan's positions in UN forums (Israel MFA).",
        "Unverified → qualified: independent sources bear out the pattern in 2023–24 and show exceptions in 1999–2000 (four new sources)."),
    "tokayev-expected-to-continue-balancing-policy": ("confirmed",
        "In early April 2019 Tokayev himself said Kazakhstan would continue a multi-vector policy, developing cooperation "
        "with Russia, China, the EU and the US (Vestnik Kavkaza, April 2019).",
        "Unverified → confirmed: Vestnik Kavkaza (April 2019) reports Tokayev saying the multi-vector policy would continue (new source)."),
    "kosanov-preliminary-vote-share": ("confirmed",
        "EADaily (November 2022) gives the same preliminary 16.02% for Kosanov, beside Tokayev's 70.76%; Vestnik Kavkaza "
        "(10 June 2019) reported the preliminary count with Kosanov at 16.2%. The final count gave 16.23% (Wikipedia).",
        "Unverified → confirmed: EADaily (2022) gives the same 16.02% (new source); Vestnik Kavkaza's rounded 16.2% is context."),
    "election-final-turnout": ("confirmed",
        "Nine O'Clock (12 June 2019), following the official Kazakh briefing, also gives a turnout of 77.5%; the preliminary "
        "figure was 77.4% (Kazinform, TASS).",
        "Unverified → confirmed: Nine O'Clock (12 June 2019) gives the same 77.5% (new source), independent of the mirror."),
    "election-registered-voters": ("qualified",
        "11,814,019 was the voter register as of 1 January 2019 (Kazinform, 9 June 2019); on election day the lists held "
        "11,947,995 (Kazinform, CEC via Vlast.kz), and the turnout count used 11,960,364 (Deccan Chronicle, Nine O'Clock, "
        "which follow the same briefing).",
        "Unverified → qualified: the number is confirmed, but as the January 2019 register, not the election-day electorate (new sources)."),
    "opposition-party-boycotted-election": ("confirmed",
        "kznews.kz (late April 2019) reports that the party's congress of 26 April declared a boycott of the 9 June "
        "presidential election; Radio Azattyq reports the congress debate (undated, c. late April 2019).",
        "Unverified → confirmed: a dated Kazakh-language report of the congress decision (kznews.kz) was found by the second reader (new source)."),
    "astana-international-exchange-established-2017": ("unverified",
        "Given by the FEAS member page, in AIX's own description of itself. Conventus Law (17 October 2019) also gives 2017, "
        "but its wording follows the same AIX description (the same shareholder sentence, with the same “GoldmanSachs”), "
        "so it is not independent of the claim's text. AIX reported trading from 14 November 2018 (AIFC).",
        "Confirmed → unverified: the second reader found that Conventus Law reuses AIX's standard description, the text the FEAS page carries, so its evidence is not independent and cannot confirm."),
    "kazakhstan-most-politically-stable-stan": ("qualified",
        "A judgement, not a measure. A participant at the First Nazarbayev Readings (Kazinform, November 2012) called "
        "Kazakhstan “the most stable and prosperous state in Central Asia”; in January 2012 the US Helsinki Commission held "
        "a hearing on whether the shooting of protesters meant Kazakhstan was no longer as stable as thought.",
        "Unverified → qualified: the judgement is echoed (Kazinform 2012) and was questioned after Zhanaozen (US Helsinki Commission, January 2012); two new sources."),
    "central-asia-population-90-million-by-2050": ("qualified",
        "A projection, and one of several: 24.kg reported in April 2024, by World Bank data, the same 90 million by 2050; "
        "UN DESA's projection is 94.2 million (as reported by Kyrgyz Today), and forecasts reported by 24.kg in December 2024 "
        "say the region may exceed 100 million.",
        "Confirmed → qualified: other projections for 2050 are higher (94.2 million, UN DESA; over 100 million), so 90 million is one projection among several (two new sources)."),
    "mekorot-kazakhstan-water-memorandum": ("confirmed",
        "qazaquni.kz (11 July 2014, citing Kazakhstan's environment and water ministry) reports that Mekorot's director-general "
        "and the minister signed a memorandum on cooperation in water-resources management in Aktau. Mekorot signed a further "
        "agreement on Turkestan region's water system in February 2026 (NEWSru.co.il).",
        "Unverified → confirmed: an independent Kazakh report (qazaquni.kz, 11 July 2014) reports the memorandum's signing (new source)."),
    "air-astana-almaty-tel-aviv-2023": ("confirmed",
        "Egemen Qazaqstan (2023) announced Air Astana's Almaty–Tel Aviv flights from 7 September; Ulysmedia and The Astana "
        "Times (October 2023) report that Air Astana suspended its Tel Aviv flights when fighting broke out, so the route was running.",
        "Unverified → confirmed: three independent Kazakh sources report the route from 7 September and its suspension in October 2023 (new sources)."),
}

APPEND = {
    "kazakh-investment-in-haifa-refineries": "The round found the known bidders for control in the February 2007 tender (Globes: the Federman group, the Ofer brothers, Lev Leviev) and Bazan's four named owners from September 2022 (The Times of Israel); neither names a Kazakh holder, and no source mentions a Kazakh stake.",
    "kazakh-bid-for-haifa-refinery-rejected": "Globes (February 2007) names three known bidders for control, none Kazakh; no second report of the Kazakh bid was found.",
    "tase-cybersecurity-agreement": "The round also found KASE's strategic cooperation agreement of 10 October 2018 with the Moscow Exchange (TASS, 2024) and AIX trading from 14 November 2018 (AIFC); neither mentions TASE.",
    "israel-fifth-largest-asian-trade-partner": "Kazakhstan's defence minister called Israel “one of the leading countries in trading with Kazakhstan” (January 2014), without a rank, and BESA (May 2014) notes that the volumes are rarely made public.",
    "kazakhstan-supplies-quarter-of-israels-fuel": "No figure for 2019 was found. The Jerusalem Post (August 2015) reported that Kurdish oil met about 77% of Israel's demand in May–August 2015, the rest reportedly from Russia, Azerbaijan and Kazakhstan, and that Israel does not report this officially; relays of a 2022 Mitvim estimate (10–20%) and of Maariv in 2025 (10–25%, Kazakhstan with other Caspian states) are context only.",
    "israel-imports-over-1-4-billion-a-year": "The round searched Israeli and Kazakh statistics and the press again and found no 2017–2019 figure; BESA (2014) notes that volumes are rarely published, and Israel's CBS counts only goods cleared through customs (release 174/2020).",
    "kazakhstan-to-join-abraham-accords-2025": "TASS (7 November 2025) reports that Kazakhstan's presidential press service confirmed the plans, and Kazinform carries the Kazakh foreign ministry's statement; in February 2026 Israel's ambassador said the signing ceremony had not yet taken place (Trend).",
    "central-asia-water-scarce": "The Astana Times (2024) also describes water in the region as becoming scarce, and the 2008 WaterTech final document (CAWater-Info) speaks of increasing droughts and desertification in Central Asia.",
    "israel-could-help-kazakh-oil-exports-to-east-asia": "The round found only Israeli plans (Haaretz, January 2008, as relayed) to move Caspian crude from Ceyhan through the Eilat–Ashkelon pipeline to East Asia; no Kazakh statement.",
    "kazakhstan-second-largest-oil-supplier-2022": "No second source gives the 2022 ranking; a 2023 Bloomberg list reported by Al-Iqtisadi and a 2024 Data Desk analysis are context only.",
    "idf-trained-kazakh-forces-iron-dome": "No source mentions Iron Dome training; a 2014 defence pact and a 2016 meeting of defence ministers are documented.",
    "israel-helping-kazakh-digital-startup-culture": "In February 2026 Israel's ambassador named cyber security, digital technology and AI as future areas of cooperation (Trend), which does not show help given.",
    "tokayev-inauguration-2019": "TASS reported at 00:03 on 12 June 2019 that the ceremony was scheduled for 10:30 that day at the Palace of Independence: a report of the plan, not of the ceremony; no post-event report was found.",
    "israel-recognised-kazakhstan-1991": "The Astana Times (April 2016) says Israel was among the first to recognise Kazakhstan but gives no month; the month rests on the 2009 op-ed alone.",
    "air-services-agreement-1995": "Kazinform (November 2016) quotes Kazakhstan's civil aviation committee saying the air agreement was signed in 1995; the day and month of signing, ratification and entry into force rest on Today.az alone.",
    "election-votes-cast": "The preliminary count (Deccan Chronicle) was 9,261,460, a different count from the final figure.",
}
APPEND_REASON = {
    "israeli-embassy-in-kazakhstan-opened-1992": "Proposed unverified, kept confirmed: the findings take the Kazakh embassy's 2006 page to be the origin of Wikipedia's sentence; under the rubric (§5) an origin the claim repeats does not derive from the claim's source, so it is independent and confirms that the claim reports it faithfully.",
    "kazakh-embassy-in-israel-opened-1996": "Proposed qualified, kept confirmed: the embassy's own page says the consulate, and then the embassy, started functioning in May 1996; that is ambiguous rather than a correction, and the page, as the origin Wikipedia repeats, is independent under the rubric (§5).",
    "tokayev-inauguration-2019": "Proposed confirmed, kept unverified: TASS reports the ceremony as scheduled, not as held, and the Wikipedia article on the inauguration is not independent.",
    "israel-recognised-kazakhstan-1991": "Proposed confirmed, kept unverified: the Astana Times confirms “among the first” but not the month the statement gives.",
    "air-services-agreement-1995": "Proposed confirmed, kept unverified: Kazinform confirms the year only; the statement's exact dates rest on Today.az.",
}

# `searched` for unverified facts the findings did not cover, written from searchlog.md.
SEARCHED_EXTRA = {
    "vassilenko-dynamic-relations-with-israel": "Looked for Vassilenko's words on “dynamic relations with Israel” outside the Jewish News article, and for other June 2019 reports of his pre-election briefing: NCSEJ digests, Israel Hayom and Euro-Asian Jewish Congress pages, Kazinform, in English and Russian. Only the NCSEJ digest, which probably summarises the article itself, repeats it.",
    "israel-crude-imports-mostly-kazakhstan-azerbaijan-2023": "Looked for Israel's crude imports by origin in 2023: Kpler and Bloomberg figures as quoted in the press (English, Arabic, Hebrew), tanker-tracking analyses (Data Desk), OEC-type pages. A Kpler 2023 average seen on an Arabic aggregator could not be found again and was dropped; no source that could be traced to a stored page gives the combined Kazakh and Azerbaijani share.",
    "israel-oil-purchases-from-kazakhstan-2016": "Looked for the value of Israel's oil purchases from Kazakhstan before and after 2016: Israel's CBS, Kazakh statistics and foreign ministry, the Astana Times, Trend, Kazinform, Globes, MEES, in English, Russian and Hebrew. No second source gives the value; Israel does not report its oil sources officially (The Jerusalem Post, 2015).",
    "vassilenko-deep-economic-cooperation": "Looked for measures of Kazakh–Israeli economic cooperation around 2019 (trade turnover, investment, joint projects) in Kazakh and Israeli statistics, embassy statements, Kazinform, Trend, The Astana Times and BESA, in English and Russian. Nothing measures “deep”; BESA (2014) notes that trade volumes are rarely published.",
}

def load_facts():
    files = {}
    for p in sorted(glob.glob(os.path.join(ROOT, "data/facts/*.yaml"))):
        files[p] = yaml.safe_load(open(p))
    return files

def main():
    # 1. sources
    for s in f["sources"]:
        sid = ALIAS.get(s["id"], s["id"])
        ypath = os.path.join(ROOT, "data/sources", sid + ".yaml")
        tpath = os.path.join(ROOT, "data/sources", sid + ".txt")
        if os.path.exists(ypath):
            text = open(tpath).read()
            add = [p for p in s["passages"] if " ".join(p.split()) not in " ".join(text.split())]
            if add:
                open(tpath, "w").write(text.rstrip("\n") + "\n\n" + "\n\n".join(add) + "\n")
            continue
        out = {"id": sid, "title": s["title"], "title_kind": s["title_kind"]}
        if s.get("original_title"): out["original_title"] = s["original_title"]
        if s.get("derived_from"): out["derived_from"] = s["derived_from"]
        out.update({"authors": s.get("authors", []), "publisher": s["publisher"], "url": s["url"],
                    "published": s["published"], "accessed": ACCESSED, "language": s["language"], "tier": s["tier"]})
        if s.get("note"): out["note"] = s["note"]
        pub = out["published"]
        if pub["kind"] == "estimated" and len(str(pub["to"])) == 7 and len(str(pub["from"])) == 10:  # a month as the end: its last day
            pub["to"] = {"2022-01": "2022-01-31", "2025-11": "2025-11-30"}[str(pub["to"])]
        yaml.safe_dump(out, open(ypath, "w"), sort_keys=False, allow_unicode=True, width=112)
        open(tpath, "w").write("\n\n".join(s["passages"]) + "\n")
    for e in f["existing_source_passages"]:
        tpath = os.path.join(ROOT, "data/sources", e["source"] + ".txt")
        text = open(tpath).read()
        add = [p for p in e["passages"] if " ".join(p.split()) not in " ".join(text.split())]
        if add:
            open(tpath, "w").write(text.rstrip("\n") + "\n\n" + "\n\n".join(add) + "\n")

    # 2. facts
    files = load_facts()
    byid = {x["id"]: x for facts in files.values() for x in facts}
    for nf in f["facts"]:
        fact = byid[nf["id"]]
        v = fact["verdict"]
        have = {(e["source"], " ".join(e["quote"].split())) for e in fact["evidence"]}
        for e in nf.get("evidence", []):
            src = ALIAS.get(e["source"], e["source"])
            key = (nf["id"], e["source"])
            if key in STANCE and STANCE[key] is None: continue
            if (src, " ".join(e["quote"].split())) in have: continue
            if src == fact["quote"]["source"]: continue  # evidence must come from another source
            ev = {"source": src, "quote": e["quote"]}
            if e.get("translation"): ev["translation"] = e["translation"]
            stance, indep, note = e["stance"], e["independent"], e["note"]
            if key in STANCE:
                stance, indep, extra = STANCE[key]
                if extra: note = extra
            if src in RELAY_CONTEXT:
                stance = "context"
                note = note + " A relay whose original was not seen: context only."
            if src == "conventus-law-2019-10-17-astana-international-exchange-listing" and nf["id"] == "astana-international-exchange-established-2017":
                note = "Conventus Law (17 October 2019) gives 2017 in wording that follows AIX's own description, the text the FEAS page carries, so it is not independent of the claim's source."
            ev.update({"stance": stance, "independent": indep, "note": note})
            fact["evidence"].append(ev)
        # the existing Conventus evidence on the AIX fact (0.2.0) is re-judged
        if nf["id"] == "astana-international-exchange-established-2017":
            for ev in fact["evidence"]:
                if ev["source"] == "conventus-law-2019-10-17-astana-international-exchange-listing":
                    ev["stance"], ev["independent"] = "context", False
                    ev["note"] = "Conventus Law (17 October 2019) gives 2017 in wording that follows AIX's own description, the text the FEAS page carries, so it is not independent of the claim's source."
            # drop a duplicate of the same passage if the loop above added one
            seen, kept = set(), []
            for ev in fact["evidence"]:
                k = (ev["source"], " ".join(ev["quote"].split()))
                if k not in seen: seen.add(k); kept.append(ev)
            fact["evidence"] = kept
        if nf["id"] in VERDICT:
            rating, summary, _ = VERDICT[nf["id"]]
            v["rating"], v["summary"] = rating, summary
        elif nf["id"] in APPEND:
            v["summary"] = v["summary"].rstrip() + " " + APPEND[nf["id"]]
        searched = nf["searched"]
        if v["rating"] == "unverified" or v.get("searched") or nf["id"] in VERDICT or True:
            v["searched"] = " ".join(searched.split())
    for fid, s in SEARCHED_EXTRA.items():
        byid[fid]["verdict"]["searched"] = s
    # key order inside verdict: rating, summary, searched
    for x in byid.values():
        v = x["verdict"]
        x["verdict"] = {k: v[k] for k in ("rating", "summary", "searched") if k in v}
    for p, facts in files.items():
        head = [l for l in open(p).read().splitlines() if l.startswith("#")][:3]
        body = yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=112)
        open(p, "w").write("\n".join(head) + "\n" + body)

if __name__ == "__main__":
    main()
