//! Search benchmarks: index build time, and per-question latency (p50/p99) over a mix of
//! questions in several languages, with typos, HS codes, products and districts.
//!
//! Run with `cargo bench --bench search`; the percentiles, and the time and peak memory of
//! each worst-case message, are printed before criterion's own report. Figures are kept in
//! docs/PERFORMANCE.md.

#[path = "../tests/common/worst.rs"]
mod worst;

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use export_helpdesk::answer::{Answerer, Engine};
use export_helpdesk::i18n::I18n;
use export_helpdesk::knowledge::KnowledgeBase;
use export_helpdesk::lang::Lang;
use export_helpdesk::search::SearchIndex;

const QUESTIONS: &[(&str, Lang)] = &[
    ("How do I get an IEC?", Lang::En),
    ("What is RoDTEP and how are scrips used?", Lang::En),
    ("zero duty import of capital goods", Lang::En),
    ("certficate of orgin for free trade agreement", Lang::En),
    ("advanse autorization validity", Lang::En),
    ("HS code for black pepper", Lang::En),
    ("What is HS code 0902?", Lang::En),
    ("1006 30 20", Lang::En),
    ("Which products does Firozabad district export?", Lang::En),
    (
        "Can I export by courier from my village post office?",
        Lang::En,
    ),
    ("What will the weather be in Jaipur tomorrow?", Lang::En),
    ("IEC ke liye kitni fees lagti hai", Lang::Hi),
    ("kaali mirch ka hs code", Lang::Hi),
    ("निर्यात करने के लिए आईईसी कैसे बनवाएं?", Lang::Hi),
    ("मुरादाबाद जिले के निर्यात उत्पाद", Lang::Hi),
    ("ஏற்றுமதிக்கு GST செலுத்த வேண்டுமா?", Lang::Ta),
    ("RoDTEP প্রকল্প কী?", Lang::Bn),
    ("EPCG योजना काय आहे?", Lang::Mr),
    ("હળદર નો HS કોડ", Lang::Gu),
    ("ఎగుమతికి GST చెల్లించాలా?", Lang::Te),
    ("RoDTEP ಯೋಜನೆ ಏನು?", Lang::Kn),
    ("RoDTEP പദ്ധതി എന്താണ്?", Lang::Ml),
    ("EPCG ਸਕੀਮ ਕੀ ਹੈ?", Lang::Pa),
    ("RoDTEP ଯୋଜନା କ'ଣ?", Lang::Or),
];

/// The system allocator, counting the bytes live and their peak, so the bench can tell
/// what one message costs in memory above what was live before it.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let grow = new_size - layout.size();
                let now = LIVE.fetch_add(grow, Ordering::Relaxed) + grow;
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Time (best of 20 runs, and the slowest) and peak memory above the bytes live before, of
/// answering each worst-case message.
fn worst_cases(answerer: &Answerer) {
    println!("worst-case messages (4,096 characters each): time per message, peak memory");
    for (name, q) in worst::worst_cases() {
        let mut best = f64::MAX;
        let mut worst_time: f64 = 0.0;
        let mut peak = 0;
        for _ in 0..20 {
            let before = LIVE.load(Ordering::Relaxed);
            PEAK.store(before, Ordering::Relaxed);
            let t = Instant::now();
            std::hint::black_box(answerer.ask(&q, Lang::En));
            let ms = t.elapsed().as_secs_f64() * 1e3;
            best = best.min(ms);
            worst_time = worst_time.max(ms);
            peak = peak.max(PEAK.load(Ordering::Relaxed).saturating_sub(before));
        }
        println!(
            "  {name:<28} {best:>7.2} ms (slowest {worst_time:.2} ms), peak {:.2} MB",
            peak as f64 / 1e6
        );
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn percentiles(answerer: &Answerer) {
    let rounds = 30;
    let mut samples = Vec::with_capacity(rounds * QUESTIONS.len());
    for _ in 0..rounds {
        for (q, lang) in QUESTIONS {
            let t = Instant::now();
            std::hint::black_box(answerer.ask(q, *lang));
            samples.push(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    samples.sort_by(f64::total_cmp);
    let at = |p: f64| samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)];
    println!(
        "answer latency over {} questions: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        samples.len(),
        at(0.50),
        at(0.90),
        at(0.99),
        samples[samples.len() - 1]
    );
}

fn benches(c: &mut Criterion) {
    let (kb, _) = KnowledgeBase::load(&root().join("knowledge")).expect("knowledge loads");
    let t = Instant::now();
    let (loaded, _) = KnowledgeBase::load(&root().join("knowledge")).unwrap();
    println!("knowledge load: {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let index = SearchIndex::build_in_ram(&loaded).unwrap();
    println!(
        "index build (in memory): {:.0} ms for {} documents",
        t.elapsed().as_secs_f64() * 1e3,
        index.num_docs()
    );
    let i18n = std::sync::Arc::new(I18n::load(&root().join("locales")).unwrap());
    let engine = Engine::new(kb.clone(), None).unwrap();
    let answerer = Answerer::with_engine(engine, i18n, &root().join("knowledge"), None);
    percentiles(&answerer);
    worst_cases(&answerer);

    let mut group = c.benchmark_group("search");
    group.sample_size(20);
    group.bench_function("index build", |b| {
        b.iter(|| SearchIndex::build_in_ram(&kb).unwrap())
    });
    group.finish();

    let mut group = c.benchmark_group("answer");
    group.bench_function("all benchmark questions once", |b| {
        b.iter(|| {
            for (q, lang) in QUESTIONS {
                std::hint::black_box(answerer.ask(q, *lang));
            }
        })
    });
    group.bench_function("english question", |b| {
        b.iter(|| answerer.ask("What is RoDTEP?", Lang::En))
    });
    group.bench_function("typo question", |b| {
        b.iter(|| answerer.ask("advanse autorization", Lang::En))
    });
    group.bench_function("tamil question", |b| {
        b.iter(|| answerer.ask("ஏற்றுமதிக்கு GST செலுத்த வேண்டுமா?", Lang::Ta))
    });
    group.finish();

    let mut group = c.benchmark_group("worst case");
    group.sample_size(20);
    for (name, q) in worst::worst_cases() {
        group.bench_function(name.as_str(), |b| b.iter(|| answerer.ask(&q, Lang::En)));
    }
    group.finish();
}

criterion_group!(search, benches);
criterion_main!(search);
