package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync/atomic"
	"time"
)

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Level int

const (
	Low Level = iota
	High
)

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Config struct {
	Name    string
	Timeout time.Duration
	Level   Level
	Tags    []string
	Meta    map[string]any
	Next    *Config
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p, []*Point{&p}, []Point{p})
	c := Config{"svc", 1500 * time.Millisecond, High, []string{"a"}, map[string]any{"k": 1, "b": true}, nil}
	fmt.Printf("%v\n%+v\n", c, c)
	fmt.Printf("%#v\n", Point{3, 4})
	keys := map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}
	fmt.Println(keys)
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	ks := slices.Collect(maps.Keys(counts))
	slices.SortFunc(ks, func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b))
	})
	fmt.Println(ks[:3], Map(ks[:3], strings.ToUpper), Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * i) }))
	e := errors.Join(errors.New("e1"), fmt.Errorf("e2: %w", errors.ErrUnsupported))
	fmt.Printf("%v|%q\n", e, e.Error())
	fmt.Println(errors.Is(e, errors.ErrUnsupported))
	var ap atomic.Pointer[Point]
	fmt.Println(ap.Load() == nil)
	ap.Store(&Point{5, 6})
	fmt.Println(ap.Load(), ap.CompareAndSwap(nil, &p), ap.Load().X)
	var ab atomic.Bool
	ab.Store(true)
	fmt.Println(ab.Load(), ab.Swap(false), ab.Load())
	t := time.Date(2023, 12, 31, 23, 59, 59, 500_000_000, time.UTC)
	fmt.Println(t.Add(time.Second), t.Format("Mon, 02 Jan 2006 15:04:05.000"), t.Truncate(time.Hour).Format(time.Kitchen))
	fmt.Printf("%5.1f%% %s %v %d\n", 99.5, Low, High, High)
	type pair struct {
		k string
		v *int
	}
	n := 7
	fmt.Printf("%v %+v\n", pair{"x", nil}, pair{"y", nil})
	_ = n
	fmt.Println(slices.Index([]string{"a", "b"}, "b"), min(3, 1, 2), max(2.5, 1))
}
