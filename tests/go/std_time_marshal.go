// time.Time's ISOWeek (year boundaries), IsDST, GoString (%#v), MarshalText/JSON and
// their Unmarshal forms and errors; sort's Slice.Search methods; Replacer.WriteString.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"time"
)

func main() {
	for _, d := range []time.Time{
		time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC), time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 12, 31, 23, 59, 59, 5, time.UTC), time.Date(2026, 11, 30, 13, 25, 0, 120000000, time.UTC),
		time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), {},
	} {
		y, w := d.ISOWeek()
		txt, err := d.MarshalText()
		js, _ := d.MarshalJSON()
		fmt.Printf("%d-W%02d %v %#v %s %v %s\n", y, w, d.IsDST(), d, txt, err, js)
	}
	var t time.Time
	fmt.Println(t.UnmarshalJSON([]byte(`"2023-05-06T07:08:09.5Z"`)), t)
	fmt.Println(t.UnmarshalJSON([]byte(`null`)), t)
	fmt.Println(t.UnmarshalJSON([]byte(`2023`)))
	fmt.Println(t.UnmarshalText([]byte("2001-02-03T04:05:06Z")), t)
	b, err := time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	fmt.Println(b, err)
	ab, _ := t.AppendText([]byte("at "))
	fmt.Println(string(ab))
	fmt.Println(sort.IntSlice{1, 3, 5}.Search(4), sort.StringSlice{"a", "c"}.Search("b"), sort.Float64Slice{0.5, 1.5}.Search(2))
	r := strings.NewReplacer("a", "1", "b", "2")
	n, err := r.WriteString(os.Stdout, "abcab\n")
	fmt.Println(n, err)
}
