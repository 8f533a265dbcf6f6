package main

import (
	"fmt"
	"sort"
	"strings"
)

type Names []string

func (n Names) Join() string { return strings.Join(n, ",") }

type Score float64

func (s Score) Pass() bool { return s >= 50 }

type ByLen []string

func (b ByLen) Len() int           { return len(b) }
func (b ByLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b ByLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	raw := []string{"ccc", "a", "bb"}
	fmt.Println(Names(raw).Join(), Score(49.5).Pass(), Score(50).Pass())
	sort.Sort(ByLen(raw))
	fmt.Println(raw, len(Names(raw)), Names(raw)[0])
	var s Score = 3
	s += 2.5
	fmt.Printf("%v %T %.1f\n", s, s, float64(s)*2)
}
