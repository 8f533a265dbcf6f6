// fmt's scanning: Scan/Scanln/Scanf on standard input (empty, as in the playground: EOF),
// Fscan/Fscanln/Fscanf on readers that can unread a byte (strings.Reader, bufio.Reader)
// so consecutive calls continue where the last stopped, and Sscan*'s EOF errors.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	var a, b int
	var s string
	n, err := fmt.Scan(&a, &b)
	fmt.Println(n, err)
	n, err = fmt.Scanln(&s)
	fmt.Println(n, err)
	n, err = fmt.Scanf("%d %s", &a, &s)
	fmt.Println(n, err)
	n, err = fmt.Scan()
	fmt.Println(n, err)
	r := strings.NewReader("10 20\nhello 3.5\nx y\n")
	n, err = fmt.Fscan(r, &a, &b)
	fmt.Println(n, err, a, b)
	var f float64
	n, err = fmt.Fscanln(r, &s, &f)
	fmt.Println(n, err, s, f)
	n, err = fmt.Fscanf(r, "%s %s\n", &s, &s)
	fmt.Println(n, err, s)
	n, err = fmt.Fscan(r, &s)
	fmt.Println(n, err)
	br := bufio.NewReader(strings.NewReader("7 8 9"))
	for {
		var v int
		if _, err := fmt.Fscan(br, &v); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Print(v, ";")
	}
	sc := bufio.NewScanner(os.Stdin)
	fmt.Println(sc.Scan(), sc.Err())
}
