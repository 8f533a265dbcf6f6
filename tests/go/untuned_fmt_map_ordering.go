// fmt prints maps sorted: int/float (NaN, ±Inf)/struct/array/bool/Stringer keys; Durations; verbs on slices.
package main

import (
	"fmt"
	"math"
	"time"
)

type Key struct {
	A string
	B int
}

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func main() {
	mixed := map[any]string{3: "int3", 1: "int1", -2: "int-2"}
	fmt.Println(mixed)
	nan := math.NaN()
	fm := map[float64]int{nan: 1, math.Inf(-1): 2, 0: 3, math.Inf(1): 4, -1: 5}
	fmt.Println(fm, len(fm))
	km := map[Key]bool{{"b", 1}: true, {"a", 2}: false, {"a", 1}: true}
	fmt.Println(km)
	lm := map[Level]int{2: 20, 0: 0, 1: 10}
	fmt.Println(lm)
	fmt.Printf("%v %d\n", lm, lm)
	bm := map[bool][]int{true: {1}, false: nil}
	fmt.Printf("%v %+v %#v\n", bm, bm, bm)
	am := map[[2]int]string{{2, 1}: "c", {1, 9}: "b", {1, 2}: "a"}
	fmt.Println(am)
	ptr := map[*int]int{}
	fmt.Println(ptr, len(ptr))
	ds := []time.Duration{0, 999, 1500 * time.Microsecond, 61 * time.Second, 25*time.Hour + 30*time.Minute, -2 * time.Millisecond}
	fmt.Println(ds)
	for _, d := range ds {
		fmt.Printf("%v %d %.2f %s|", d, d, d.Minutes(), d.Round(time.Second))
	}
	fmt.Println()
	fmt.Printf("%v %s\n", Level(1), []Level{0, 2})
	fmt.Printf("%x %X\n", "héllo", []string{"ab", "c"})
	fmt.Printf("%-4d|%4s|%-4q|\n", []int{1, 22}, []string{"a", "bb"}, []string{"x"})
	fmt.Printf("%.2f %v\n", []float64{1, 2.345}, [2]bool{true})
	fmt.Printf("%t %v\n", "notbool", map[string]any{"n": nil, "s": []any{1, "2"}})
}
