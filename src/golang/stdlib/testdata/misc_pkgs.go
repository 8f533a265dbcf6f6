package main

import (
	"bytes"
	"container/heap"
	"fmt"
	"log"
	"maps"
	"math"
	"math/rand"
	"os"
	"slices"
	"sort"
	"strings"
	"time"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	fmt.Println(math.Sqrt(2), math.Pi, math.MaxInt64, math.Inf(1), -math.Inf(1), math.NaN(), math.Floor(-2.5), math.Abs(-3))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Pow(2, 10), math.Mod(7, 3), math.Round(2.5), math.Trunc(-2.7), math.IsNaN(math.NaN()))
	fmt.Printf("%.4f %.4f %v %v\n", math.Log(math.E), math.Sin(math.Pi/2), math.MaxUint32, math.MinInt64)
	n := rand.Intn(10)
	fmt.Println(n >= 0 && n < 10, len(rand.Perm(5)))
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	people := []struct {
		Name string
		Age  int
	}{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	slices.SortFunc(xs, func(a, b int) int { return b - a })
	fmt.Println(xs, len(slices.Compact([]int{1, 1, 2, 2, 3})))
	idx, found := slices.BinarySearch([]int{1, 3, 5}, 3)
	fmt.Println(idx, found, slices.Equal([]int{1}, []int{1}))
	t := time.Date(2024, time.March, 15, 14, 30, 0, 0, time.UTC)
	fmt.Println(t, t.Weekday(), t.YearDay(), t.Format(time.RFC3339), t.Format("Jan 2, 2006 at 3:04pm"))
	fmt.Println(t.Add(36*time.Hour).Format(time.DateTime), t.Sub(t.Add(-90*time.Minute)), t.Month(), t.Unix())
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes())
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.SetPrefix("app: ")
	log.Println("started", 1)
	log.Printf("value=%d", 7)
	fmt.Println(len(os.Args) > 0, strings.Repeat("-", 5))
	defer fmt.Println("deferred (not printed)")
	os.Exit(0)
}
