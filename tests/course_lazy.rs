//! The site's course (quizzes and golden runs parsed on first use) holds what `Course::load` parses at once.

#[test]
fn lazy_matches_eager() {
    let lazy = chanlab::course::Course::load_lazy();
    let (eager, _) = chanlab::course::Course::load();
    for (a, b) in lazy.examples().zip(eager.examples()) {
        assert_eq!(*a.golden, *b.golden, "{}", a.id);
    }
    for (a, b) in lazy.lessons.iter().zip(eager.lessons.iter()) {
        assert_eq!(*a.quiz, *b.quiz, "{}", a.id);
        assert_eq!(a.quiz.is_empty(), b.quiz.is_empty());
    }
    let wp = lazy.example("worker-pool").unwrap();
    assert!(wp.golden.iter().any(|g| g.set.is_empty() && g.seed == 1));
}
