// Untyped float constants beyond float64's range stay exact: ratios, sums, comparisons,
// underflow to zero only when converted.
package main

import "fmt"

const (
	huge  = 1e400
	tiny  = 1e-400
	hx    = 0x1p2000
	neg   = -huge
	ratio = huge / 1e399
)

func main() {
	fmt.Println(ratio, huge*tiny, hx/0x1p1999, neg/huge, tiny*1e300*1e100)
	fmt.Println(huge > 1e399, -huge < tiny, tiny > 0, huge == 1e400)
	var f float64 = tiny
	var g float32 = 1e-50
	fmt.Println(f, g, 1e300*1e300/1e300, (huge+1)-huge, 1e-320)
	const third = huge / 3
	fmt.Println(third / 1e399, int(huge/1e398))
	fmt.Println(5e-324, 2.5e-324, 1e308*10/100)
}
