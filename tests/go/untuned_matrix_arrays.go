// 3x3 matrices as arrays of arrays: value copies, ==, transpose/det/mul, pointer-to-row updates.
package main

import "fmt"

type Mat3 [3][3]float64

func identity() Mat3 {
	var m Mat3
	for i := range 3 {
		m[i][i] = 1
	}
	return m
}

func (m Mat3) Mul(o Mat3) Mat3 {
	var r Mat3
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func (m Mat3) Transpose() Mat3 {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func (m Mat3) Det() float64 {
	return m[0][0]*(m[1][1]*m[2][2]-m[1][2]*m[2][1]) -
		m[0][1]*(m[1][0]*m[2][2]-m[1][2]*m[2][0]) +
		m[0][2]*(m[1][0]*m[2][1]-m[1][1]*m[2][0])
}

func (m *Mat3) Scale(f float64) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= f
		}
	}
}

func main() {
	a := Mat3{{2, 0, 1}, {1, 3, 2}, {1, 1, 1}}
	b := a
	b[0][0] = 99
	fmt.Println(a[0], b[0], a == b, a == a.Transpose().Transpose())
	fmt.Println(a.Transpose())
	fmt.Println(a.Mul(identity()) == a, a.Det(), a.Transpose().Det())
	c := a
	c.Scale(0.5)
	for _, row := range c {
		for _, v := range row {
			fmt.Printf("%6.2f", v)
		}
		fmt.Println()
	}
	fmt.Printf("%v\n%.1f\n", a.Mul(a), c.Det())
	grid := [2][4]rune{}
	for i, row := range grid {
		for j := range row {
			grid[i][j] = 'a' + rune(i*4+j)
		}
	}
	fmt.Println(grid, string(grid[1][:]), len(grid), len(grid[0]))
	fmt.Printf("%T %q\n", grid, grid[0])
	p := &grid[1]
	p[3] = 'Z'
	fmt.Printf("%c %v\n", grid[1][3], *p)
}
