package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const pi = 3.14159265358979323846264338327950288
const huge = 1 << 100
const s = "hello" + ", " + "world"
const ch = x - a
const typed int64 = 5
const bits = huge >> 98

var arr [len(s)]byte
var matrix [2][3]int

func main() {
	fmt.Println(KB, MB, GB, Monday, Tuesday+0, a, b, c, d, e, f)
	fmt.Println(pi, huge/(1<<90), s, ch, typed*2, bits, len(arr), len(matrix[0]))
	var x uint8 = 200
	x += 100
	var y float32 = 1 / 3.0
	z := 7 / 2
	w := 7 / 2.0
	fmt.Println(x, y, z, w, 1<<3|1, 0x1F&^0x3, -7%3, ^0, complex(1, 2), real(3i))
	var u uint = 3
	fmt.Println(1<<u, int64(1)<<u, 2.0*3)
	const big = 1e30
	fmt.Println(big/1e28, float32(0.1), 0.1+0.2 == 0.3)
}
